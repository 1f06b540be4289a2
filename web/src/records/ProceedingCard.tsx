import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LegalTrack, ProceedingView } from '../api/records.ts';
import { AppealsTable } from './AppealsTable.tsx';
import { ChargesTable } from './ChargesTable.tsx';
import { CHARGE_FIELDS, PROCEEDING_FIELDS } from './legal-forms.ts';
import { RecordActions } from './RecordActions.tsx';
import type { RecordText } from './record-text.ts';
import type { useRecordDialogs } from './useRecordDialogs.ts';
import { VerdictsTable } from './VerdictsTable.tsx';

type ProceedingCardProps = {
  proceeding: ProceedingView;
  number: number;
  track: LegalTrack;
  text: RecordText;
  dialogs: ReturnType<typeof useRecordDialogs>;
  mayWrite: boolean;
  mayProsecute: boolean;
};

/** One investigation: its charges, the verdicts on them with their sentences, and the appeals. */
export function ProceedingCard({
  proceeding,
  number,
  track,
  text,
  dialogs,
  mayWrite,
  mayProsecute,
}: ProceedingCardProps) {
  const { t } = useTranslation();
  const charges = track.charges.filter((charge) => charge.proceedingId === proceeding.id);
  const chargeNumber = new Map(charges.map((charge, index) => [charge.id, index + 1]));
  const verdicts = track.verdicts.filter((verdict) => chargeNumber.has(verdict.chargeId));
  const chargeOfVerdict = new Map(verdicts.map((verdict) => [verdict.id, verdict.chargeId]));
  const appeals = track.appeals.filter((appeal) => chargeOfVerdict.has(appeal.verdictId));
  const chargeLabel = (chargeId: string) =>
    t('cases.legal.chargeLabel', { number: chargeNumber.get(chargeId) ?? '?' });
  const title = t('cases.legal.proceedingLabel', { number, agency: proceeding.agencyName });
  // Once a prosecution started, the investigation is the prosecutor's record (403 otherwise).
  const mayChange = mayWrite && (proceeding.prosecutionInitiatedOn === null || mayProsecute);
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={3} fz="h4">
              {title}
            </Title>
            <Text fz="sm">
              {t('cases.legal.proceedingDates', {
                opened: text.date(proceeding.investigationOpenedOn),
                prosecuted: text.date(proceeding.prosecutionInitiatedOn),
              })}
            </Text>
          </div>
          {mayChange && (
            <RecordActions
              label={title}
              onEdit={() =>
                dialogs.setEditing({
                  title: t('cases.legal.proceedingTitle'),
                  path: 'legal-proceedings',
                  fields: PROCEEDING_FIELDS,
                  record: proceeding,
                })
              }
              onRemove={() =>
                dialogs.setRemoving({ path: 'legal-proceedings', record: proceeding, label: title })
              }
            />
          )}
        </Group>
        <Group justify="space-between">
          <Title order={4} fz="md">
            {t('cases.legal.charges')}
          </Title>
          {mayProsecute && (
            <Button
              size="compact-sm"
              aria-label={t('cases.legal.addChargeTo', { label: title })}
              onClick={() =>
                dialogs.setEditing({
                  title: t('cases.legal.chargeTitle'),
                  path: 'charges',
                  fields: CHARGE_FIELDS,
                  context: { proceedingId: proceeding.id },
                })
              }
            >
              {t('cases.legal.addCharge')}
            </Button>
          )}
        </Group>
        <ChargesTable
          charges={charges}
          decided={new Set(verdicts.map((verdict) => verdict.chargeId))}
          {...{ chargeLabel, text, dialogs, mayProsecute }}
        />
        {verdicts.length > 0 && (
          <>
            <Title order={4} fz="md">
              {t('cases.legal.verdicts')}
            </Title>
            <VerdictsTable {...{ verdicts, chargeLabel, text, dialogs, mayProsecute }} />
          </>
        )}
        {appeals.length > 0 && (
          <>
            <Title order={4} fz="md">
              {t('cases.legal.appeals')}
            </Title>
            <AppealsTable
              appeals={appeals}
              appealedCharge={(verdictId) => chargeLabel(chargeOfVerdict.get(verdictId) ?? '')}
              {...{ text, dialogs, mayProsecute }}
            />
          </>
        )}
      </Stack>
    </Paper>
  );
}
