import { Button, Group, NativeSelect, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Criterion, RATINGS, type Rating } from '../../../src/contracts/annual-report.ts';
import { type AssessmentState, judgeCriterion } from '../api/assessment.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { criterionLabel, ratingLabel } from './assessment-words.ts';
import { oneOf } from './one-of.ts';
import { useSave } from './useSave.ts';

type Judgement = AssessmentState['judgements'][number];
type Props = {
  year: number;
  criterion: Criterion;
  current: Judgement | null;
  editable: boolean;
  onSaved: () => void;
};

/** One criterion of the scorecard: the judgement recorded, and a reviewer's new one with its reason. */
export function CriterionForm({ year, criterion, current, editable, onSaved }: Props) {
  const { t } = useTranslation();
  const [rating, setRating] = useState<Rating>(current?.rating ?? 'partly_met');
  const [reason, setReason] = useState(current?.note ?? '');
  const { saving, error, run } = useSave(onSaved);
  const headingId = `criterion-${criterion}`;
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={headingId}>
      <Title order={3} fz="h5" id={headingId}>
        {criterionLabel(criterion)}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {current
          ? t('reports.assessment.judged', {
              rating: ratingLabel(current.rating),
              reviewer: current.reviewer,
              date: current.judgedAt.slice(0, 10),
            })
          : t('reports.assessment.notJudged')}
      </Text>
      {editable && (
        <Stack
          component="form"
          gap="xs"
          onSubmit={(event) => {
            event.preventDefault();
            void run(() =>
              judgeCriterion(year, criterion, { rating, note: reason.trim() }, current?.version ?? null),
            );
          }}
        >
          <Group align="end" wrap="wrap">
            <NativeSelect
              label={t('reports.assessment.rating')}
              value={rating}
              data={RATINGS.map((value) => ({ value, label: ratingLabel(value) }))}
              onChange={(event) => setRating(oneOf(RATINGS, event.currentTarget.value, rating))}
            />
            <Textarea
              label={t('reports.assessment.reason')}
              description={t('reports.assessment.reasonHint')}
              value={reason}
              required
              minLength={3}
              maxLength={2000}
              autosize
              minRows={1}
              style={{ flex: 1, minWidth: 280 }}
              onChange={(event) => setReason(event.currentTarget.value)}
            />
            <Button
              type="submit"
              loading={saving}
              aria-label={t('reports.assessment.saveJudgementOf', { criterion: criterionLabel(criterion) })}
            >
              {t('reports.assessment.saveJudgement')}
            </Button>
          </Group>
          <ProblemAlert error={error} />
        </Stack>
      )}
    </Paper>
  );
}
