import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VerdictView } from '../api/records.ts';
import { APPEAL_FIELDS, VERDICT_FIELDS } from './legal-forms.ts';
import { RecordActions } from './RecordActions.tsx';
import { RecordTable } from './RecordTable.tsx';
import type { RecordText } from './record-text.ts';
import type { useRecordDialogs } from './useRecordDialogs.ts';

type VerdictsTableProps = {
  verdicts: VerdictView[];
  chargeLabel: (chargeId: string) => string;
  text: RecordText;
  dialogs: ReturnType<typeof useRecordDialogs>;
  mayProsecute: boolean;
};

/** The verdicts on one investigation's charges, with the sentence of each conviction. */
export function VerdictsTable({ verdicts, chargeLabel, text, dialogs, mayProsecute }: VerdictsTableProps) {
  const { t } = useTranslation();
  const label = (verdict: VerdictView) =>
    t('cases.legal.verdictLabel', { label: chargeLabel(verdict.chargeId) });
  const actions = (verdict: VerdictView) => (
    <Group gap="xs" wrap="nowrap">
      <Button
        size="compact-sm"
        variant="light"
        aria-label={t('cases.legal.addAppealFor', { label: label(verdict) })}
        onClick={() =>
          dialogs.setEditing({
            title: t('cases.legal.appealTitle'),
            path: 'appeals',
            fields: APPEAL_FIELDS,
            context: { verdictId: verdict.id },
          })
        }
      >
        {t('cases.legal.addAppeal')}
      </Button>
      <RecordActions
        label={label(verdict)}
        onEdit={() =>
          dialogs.setEditing({
            title: t('cases.legal.verdictTitle'),
            path: 'verdicts',
            fields: VERDICT_FIELDS,
            record: verdict,
          })
        }
        onRemove={() => dialogs.setRemoving({ path: 'verdicts', record: verdict, label: label(verdict) })}
      />
    </Group>
  );
  return (
    <RecordTable<VerdictView>
      caption={t('cases.legal.verdicts')}
      records={verdicts}
      columns={[
        { header: t('cases.legal.charge'), cell: (verdict) => chargeLabel(verdict.chargeId) },
        {
          header: t('cases.records.fields.outcome'),
          cell: (verdict) => text.option('outcome', verdict.outcome),
        },
        { header: t('cases.records.fields.decidedOn'), cell: (verdict) => text.date(verdict.decidedOn) },
        {
          header: t('cases.legal.sentence'),
          cell: (verdict) =>
            verdict.prisonYears === null
              ? t('cases.records.noValue')
              : t('cases.legal.prisonTerm', {
                  years: verdict.prisonYears,
                  months: verdict.prisonMonths ?? 0,
                }),
        },
        { header: t('cases.records.fields.fineMxn'), cell: (verdict) => text.money(verdict.fineMxn) },
      ]}
      actions={mayProsecute ? actions : undefined}
    />
  );
}
