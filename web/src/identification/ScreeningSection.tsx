import { Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseView, PersonSummary } from '../api/cases.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { fetchInstruments, fetchScreenings } from '../api/screening.ts';
import type { QueryState } from '../api/useApiQuery.ts';
import { useApiQuery } from '../api/useApiQuery.ts';
import { instrumentIndex } from './instrument-index.ts';
import { ScreeningsTable } from './ScreeningsTable.tsx';
import { screeningPath } from './screening-path.ts';

type ScreeningSectionProps = { view: CaseView; people: QueryState<PersonSummary[]> };

/** Screening as a step of intake: what was kept on the case, and the way into a new interview. */
export function ScreeningSection({ view, people }: ScreeningSectionProps) {
  const { t } = useTranslation();
  const read = useCallback(() => Promise.all([fetchScreenings(view.id), fetchInstruments()]), [view.id]);
  const kept = useApiQuery(read, null);
  const canScreen = view.allowedActions.includes('case.update');
  const peopleIds = people.status === 'loaded' ? people.data.map((person) => person.id) : [];
  return (
    <Stack component="section" aria-labelledby="screening-heading" gap="md">
      <Group justify="space-between">
        <Title id="screening-heading" order={2} fz="h3">
          {t('identification.section.title')}
        </Title>
        {canScreen && peopleIds.length > 0 && (
          <Button component={Link} to={screeningPath(view.id)}>
            {t('identification.section.start')}
          </Button>
        )}
      </Group>
      <Text c="dimmed" fz="sm">
        {`${t('identification.section.intro')} ${t('identification.notice')}`}
      </Text>
      {canScreen && people.status === 'loaded' && peopleIds.length === 0 && (
        <Text fz="sm">{t('identification.section.needsPerson')}</Text>
      )}
      {kept.status === 'loading' && <Loader role="status" aria-label={t('loading')} />}
      {kept.status === 'failed' && <ProblemAlert error={kept.error} />}
      {kept.status === 'loaded' && (
        <Paper withBorder>
          <ScreeningsTable
            screenings={kept.data[0]}
            instruments={instrumentIndex(kept.data[1])}
            personNumbers={new Map(peopleIds.map((id, index) => [id, index + 1]))}
          />
        </Paper>
      )}
    </Stack>
  );
}
