import { Button, Checkbox, Group, NativeSelect, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TIERS, type Tier } from '../../../src/contracts/annual-report.ts';
import { type AssessmentState, recordTier } from '../api/assessment.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { tierLabel } from './assessment-words.ts';
import { oneOf } from './one-of.ts';
import { useSave } from './useSave.ts';

type Props = { year: number; current: AssessmentState['tier']; editable: boolean; onSaved: () => void };

/** The tier the commission assessed for the year; a correction names the version it was based on. */
export function TierForm({ year, current, editable, onSaved }: Props) {
  const { t } = useTranslation();
  const [tier, setTier] = useState<Tier>(current?.tier ?? '2');
  const [waived, setWaived] = useState(current?.waived ?? false);
  const { saving, error, run } = useSave(onSaved);
  return (
    <Paper withBorder p="md">
      <Text mb="sm" data-testid="assessed-tier">
        {current
          ? t('reports.assessment.tierRecorded', { tier: tierLabel(current.tier) })
          : t('reports.assessment.tierNone')}
      </Text>
      {editable && (
        <Stack
          component="form"
          gap="sm"
          onSubmit={(event) => {
            event.preventDefault();
            void run(() =>
              recordTier(year, { tier, waived: tier === '2_watch_list' && waived }, current?.version ?? null),
            );
          }}
        >
          <Group align="end">
            <NativeSelect
              label={t('reports.assessment.tier')}
              value={tier}
              data={TIERS.map((value) => ({ value, label: tierLabel(value) }))}
              onChange={(event) => setTier(oneOf(TIERS, event.currentTarget.value, tier))}
            />
            <Checkbox
              label={t('reports.assessment.waived')}
              checked={waived}
              disabled={tier !== '2_watch_list'}
              onChange={(event) => setWaived(event.currentTarget.checked)}
            />
            <Button type="submit" loading={saving}>
              {t('reports.assessment.saveTier')}
            </Button>
          </Group>
          <ProblemAlert error={error} />
        </Stack>
      )}
    </Paper>
  );
}
