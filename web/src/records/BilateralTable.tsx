import { useTranslation } from 'react-i18next';
import type { BilateralView } from '../api/records.ts';
import { BILATERAL_FIELDS } from './legal-forms.ts';
import { RecordActions } from './RecordActions.tsx';
import { RecordTable } from './RecordTable.tsx';
import type { RecordText } from './record-text.ts';
import type { useRecordDialogs } from './useRecordDialogs.ts';

type BilateralTableProps = {
  investigations: BilateralView[];
  text: RecordText;
  dialogs: ReturnType<typeof useRecordDialogs>;
  mayWrite: boolean;
};

export function BilateralTable({ investigations, text, dialogs, mayWrite }: BilateralTableProps) {
  const { t } = useTranslation();
  const label = (investigation: BilateralView) =>
    t('cases.legal.bilateralLabel', {
      agency: investigation.partnerAgency,
      country: investigation.countryCode,
    });
  const actions = (investigation: BilateralView) => (
    <RecordActions
      label={label(investigation)}
      onEdit={() =>
        dialogs.setEditing({
          title: t('cases.legal.bilateralTitle'),
          path: 'bilateral-investigations',
          fields: BILATERAL_FIELDS,
          record: investigation,
        })
      }
      onRemove={() =>
        dialogs.setRemoving({
          path: 'bilateral-investigations',
          record: investigation,
          label: label(investigation),
        })
      }
    />
  );
  return (
    <RecordTable<BilateralView>
      caption={t('cases.legal.bilateral')}
      records={investigations}
      columns={[
        { header: t('cases.records.fields.countryCode'), cell: (investigation) => investigation.countryCode },
        {
          header: t('cases.records.fields.partnerAgency'),
          cell: (investigation) => investigation.partnerAgency,
        },
        {
          header: t('cases.records.fields.startedOn'),
          cell: (investigation) => text.date(investigation.startedOn),
        },
        {
          header: t('cases.records.fields.endedOn'),
          cell: (investigation) => text.date(investigation.endedOn),
        },
      ]}
      actions={mayWrite ? actions : undefined}
    />
  );
}
