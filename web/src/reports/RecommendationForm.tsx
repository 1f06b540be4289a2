import { Badge, Button, Group, NativeSelect, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RECOMMENDATION_STATUSES, type RecommendationStatus } from '../../../src/contracts/annual-report.ts';
import type { AgencySummary } from '../api/agencies.ts';
import { type Recommendation, updateRecommendation } from '../api/assessment.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { currentLanguage } from '../i18n/i18n.ts';
import { statusLabel } from './assessment-words.ts';
import { oneOf } from './one-of.ts';
import { RecommendationWording } from './RecommendationWording.tsx';
import { recommendationPatch } from './recommendation-patch.ts';
import { useSave } from './useSave.ts';

type Props = { item: Recommendation; agencies: AgencySummary[]; editable: boolean; onSaved: () => void };

/**
 * A tracked recommendation: its wording in both languages, owner, due date, the indicators that
 * measure it and its status.
 */
export function RecommendationForm({ item, agencies, editable, onSaved }: Props) {
  const { t } = useTranslation();
  const [textEs, setTextEs] = useState(item.textEs);
  const [textEn, setTextEn] = useState(item.textEn);
  const [owner, setOwner] = useState(item.ownerAgency.id);
  const [dueOn, setDueOn] = useState(item.dueOn);
  const [indicators, setIndicators] = useState(item.indicatorCodes.join(', '));
  const [status, setStatus] = useState<RecommendationStatus>(item.status);
  const [note, setNote] = useState('');
  const { saving, error, run } = useSave(onSaved);
  const text = currentLanguage() === 'en' ? item.textEn : item.textEs;
  const owners = agencies.some((agency) => agency.id === item.ownerAgency.id)
    ? agencies
    : [{ id: item.ownerAgency.id, code: item.ownerAgency.code, name: item.ownerAgency.name }, ...agencies];
  return (
    <Paper withBorder p="md" component="article" aria-label={text}>
      <Text fw={600}>{text}</Text>
      <Group gap="xs" mt={4} mb="sm">
        <Badge variant="light">{statusLabel(item.status)}</Badge>
        <Text size="sm">{item.ownerAgency.code}</Text>
        <Text size="sm" c="dimmed">
          {item.dueOn}
        </Text>
      </Group>
      {editable && (
        <Stack
          component="form"
          gap="xs"
          onSubmit={(event) => {
            event.preventDefault();
            const patch = recommendationPatch(item, {
              textEs,
              textEn,
              owner,
              dueOn,
              indicators,
              status,
              note,
            });
            void run(() => updateRecommendation(item.id, patch, item.version));
          }}
        >
          <RecommendationWording textEs={textEs} textEn={textEn} onTextEs={setTextEs} onTextEn={setTextEn} />
          <Group align="end" wrap="wrap">
            <NativeSelect
              label={t('reports.assessment.owner')}
              value={owner}
              data={owners.map((agency) => ({ value: agency.id, label: `${agency.code} — ${agency.name}` }))}
              onChange={(event) => setOwner(event.currentTarget.value)}
            />
            <TextInput
              type="date"
              label={t('reports.assessment.dueOn')}
              value={dueOn}
              required
              onChange={(event) => setDueOn(event.currentTarget.value)}
            />
            <NativeSelect
              label={t('reports.assessment.status')}
              value={status}
              data={RECOMMENDATION_STATUSES.map((value) => ({ value, label: statusLabel(value) }))}
              onChange={(event) =>
                setStatus(oneOf(RECOMMENDATION_STATUSES, event.currentTarget.value, status))
              }
            />
          </Group>
          <TextInput
            label={t('reports.assessment.indicators')}
            description={t('reports.assessment.indicatorsHint')}
            value={indicators}
            onChange={(event) => setIndicators(event.currentTarget.value)}
          />
          <Textarea
            label={t('reports.assessment.progressNote')}
            description={t('reports.assessment.progressNoteHint')}
            value={note}
            maxLength={2000}
            autosize
            minRows={1}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
          <Button
            type="submit"
            loading={saving}
            w="fit-content"
            aria-label={t('reports.assessment.saveRecommendationOf', { text })}
          >
            {t('reports.assessment.saveRecommendation')}
          </Button>
          <ProblemAlert error={error} />
        </Stack>
      )}
    </Paper>
  );
}
