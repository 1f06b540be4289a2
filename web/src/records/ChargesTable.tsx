import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChargeView } from '../api/records.ts';
import { CHARGE_FIELDS, VERDICT_FIELDS } from './legal-forms.ts';
import { RecordActions } from './RecordActions.tsx';
import { RecordTable } from './RecordTable.tsx';
import type { RecordText } from './record-text.ts';
import type { useRecordDialogs } from './useRecordDialogs.ts';

type ChargesTableProps = {
  charges: ChargeView[];
  decided: ReadonlySet<string>;
  chargeLabel: (chargeId: string) => string;
  text: RecordText;
  dialogs: ReturnType<typeof useRecordDialogs>;
  mayProsecute: boolean;
};

/** The charges of one investigation; a charge without a verdict offers to record one. */
export function ChargesTable({
  charges,
  decided,
  chargeLabel,
  text,
  dialogs,
  mayProsecute,
}: ChargesTableProps) {
  const { t } = useTranslation();
  const actions = (charge: ChargeView) => (
    <Group gap="xs" wrap="nowrap">
      {!decided.has(charge.id) && (
        <Button
          size="compact-sm"
          variant="light"
          aria-label={t('cases.legal.addVerdictFor', { label: chargeLabel(charge.id) })}
          onClick={() =>
            dialogs.setEditing({
              title: t('cases.legal.verdictTitle'),
              path: 'verdicts',
              fields: VERDICT_FIELDS,
              context: { chargeId: charge.id },
            })
          }
        >
          {t('cases.legal.addVerdict')}
        </Button>
      )}
      <RecordActions
        label={chargeLabel(charge.id)}
        onEdit={() =>
          dialogs.setEditing({
            title: t('cases.legal.chargeTitle'),
            path: 'charges',
            fields: CHARGE_FIELDS,
            record: charge,
          })
        }
        onRemove={() =>
          dialogs.setRemoving({ path: 'charges', record: charge, label: chargeLabel(charge.id) })
        }
      />
    </Group>
  );
  return (
    <RecordTable<ChargeView>
      caption={t('cases.legal.charges')}
      records={charges}
      columns={[
        { header: t('cases.legal.charge'), cell: (charge) => chargeLabel(charge.id) },
        { header: t('cases.records.fields.personId'), cell: (charge) => text.person(charge.personId) },
        {
          header: t('cases.records.fields.lawArticle'),
          cell: (charge) => text.option('lawArticle', charge.lawArticle),
        },
        { header: t('cases.records.fields.form'), cell: (charge) => text.option('form', charge.form) },
        { header: t('cases.records.fields.chargedOn'), cell: (charge) => text.date(charge.chargedOn) },
      ]}
      actions={mayProsecute ? actions : undefined}
    />
  );
}
