import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InstrumentList } from '../api/screening.ts';
import type { NumberedPerson } from '../cases/PeopleSection.tsx';
import { useLanguage } from '../i18n/useLanguage.ts';
import { instrumentIndex } from './instrument-index.ts';
import { type Draft, discardDraft, draftsOfCase } from './screening-draft.ts';

type UnfinishedScreeningsProps = {
  caseId: string;
  people: NumberedPerson[];
  instruments: InstrumentList;
  busy: boolean;
  onResume: (draft: Draft) => void;
};

/** Interviews of this case begun in this tab and not yet kept, offered to resume or to discard. */
export function UnfinishedScreenings({
  caseId,
  people,
  instruments,
  busy,
  onResume,
}: UnfinishedScreeningsProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [drafts, setDrafts] = useState(() => draftsOfCase(window.sessionStorage, caseId));
  const index = instrumentIndex(instruments);
  const offered = drafts.flatMap((draft) => {
    const number = people.find(({ person }) => person.id === draft.personId)?.number;
    const instrument = index.get(draft.instrumentId);
    return number !== undefined && instrument ? [{ draft, number, instrument }] : [];
  });
  if (offered.length === 0) return null;
  const discard = (draft: Draft) => {
    discardDraft(window.sessionStorage, draft);
    setDrafts((current) => current.filter((item) => item !== draft));
  };
  return (
    <Paper component="section" aria-labelledby="unfinished-heading" withBorder p="lg">
      <Title id="unfinished-heading" order={2} fz="h4">
        {t('identification.drafts.title')}
      </Title>
      <Text c="dimmed" fz="sm" mt="xs">
        {t('identification.drafts.intro')}
      </Text>
      <Stack component="ul" gap="md" mt="md" className="enlace-plain-list">
        {offered.map(({ draft, number, instrument }) => (
          <li key={`${draft.personId}:${draft.instrumentId}`}>
            <Text>
              {t('identification.drafts.summary', {
                number,
                instrument: instrument.title[language],
                answered: Object.keys(draft.answers).length,
                total: instrument.questionCount,
              })}
            </Text>
            <Group gap="sm" mt="xs">
              <Button
                size="sm"
                loading={busy}
                aria-label={t('identification.drafts.resumeLabel', { number })}
                onClick={() => onResume(draft)}
              >
                {t('identification.drafts.resume')}
              </Button>
              <Button
                size="sm"
                variant="default"
                aria-label={t('identification.drafts.discardLabel', { number })}
                onClick={() => discard(draft)}
              >
                {t('identification.drafts.discard')}
              </Button>
            </Group>
          </li>
        ))}
      </Stack>
    </Paper>
  );
}
