import { useTranslation } from 'react-i18next';
import type { MeasureView } from '../api/records.ts';
import { RecordActions } from './RecordActions.tsx';
import { RecordTable } from './RecordTable.tsx';
import type { FieldSpec } from './record-form.ts';
import type { RecordText } from './record-text.ts';
import type { useRecordDialogs } from './useRecordDialogs.ts';

type MeasuresTableProps = {
  measures: MeasureView[];
  fields: readonly FieldSpec[];
  text: RecordText;
  dialogs: ReturnType<typeof useRecordDialogs>;
  mayWrite: boolean;
};

/** What the measure is, beyond its kind: the relief applied for, the witness measure or the amounts. */
function detail(measure: MeasureView, text: RecordText): string {
  if (measure.relief) return text.option('relief', measure.relief);
  if (measure.witnessMeasure) return text.option('witnessMeasure', measure.witnessMeasure);
  if (measure.amountOrderedMxn !== null)
    return `${text.money(measure.amountPaidMxn ?? 0)} / ${text.money(measure.amountOrderedMxn)}`;
  return '';
}

export function MeasuresTable({ measures, fields, text, dialogs, mayWrite }: MeasuresTableProps) {
  const { t } = useTranslation();
  const label = (measure: MeasureView) =>
    t('cases.protection.measureLabel', {
      kind: text.option('kind', measure.kind),
      person: text.person(measure.personId),
    });
  const actions = (measure: MeasureView) => (
    <RecordActions
      label={label(measure)}
      onEdit={() =>
        dialogs.setEditing({
          title: t('cases.protection.measureTitle'),
          path: 'protection-measures',
          fields,
          record: measure,
        })
      }
      onRemove={() =>
        dialogs.setRemoving({ path: 'protection-measures', record: measure, label: label(measure) })
      }
    />
  );
  return (
    <RecordTable<MeasureView>
      caption={t('cases.protection.measures')}
      records={measures}
      columns={[
        { header: t('cases.records.fields.personId'), cell: (measure) => text.person(measure.personId) },
        { header: t('cases.records.fields.kind'), cell: (measure) => text.option('kind', measure.kind) },
        { header: t('cases.protection.detail'), cell: (measure) => detail(measure, text) },
        {
          header: t('cases.records.fields.status'),
          cell: (measure) => text.option('status', measure.status),
        },
        { header: t('cases.records.fields.requestedOn'), cell: (measure) => text.date(measure.requestedOn) },
        { header: t('cases.records.fields.resolvedOn'), cell: (measure) => text.date(measure.resolvedOn) },
      ]}
      actions={mayWrite ? actions : undefined}
    />
  );
}
