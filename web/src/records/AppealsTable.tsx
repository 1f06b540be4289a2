import { useTranslation } from 'react-i18next';
import type { AppealView } from '../api/records.ts';
import { APPEAL_FIELDS } from './legal-forms.ts';
import { RecordActions } from './RecordActions.tsx';
import { RecordTable } from './RecordTable.tsx';
import type { RecordText } from './record-text.ts';
import type { useRecordDialogs } from './useRecordDialogs.ts';

type AppealsTableProps = {
  appeals: AppealView[];
  /** The charge each appeal's verdict decided, by verdict id, as the reader names it. */
  appealedCharge: (verdictId: string) => string;
  text: RecordText;
  dialogs: ReturnType<typeof useRecordDialogs>;
  mayProsecute: boolean;
};

export function AppealsTable({ appeals, appealedCharge, text, dialogs, mayProsecute }: AppealsTableProps) {
  const { t } = useTranslation();
  const label = (appeal: AppealView) =>
    t('cases.legal.appealLabel', { label: appealedCharge(appeal.verdictId) });
  const actions = (appeal: AppealView) => (
    <RecordActions
      label={label(appeal)}
      onEdit={() =>
        dialogs.setEditing({
          title: t('cases.legal.appealTitle'),
          path: 'appeals',
          fields: APPEAL_FIELDS,
          record: appeal,
        })
      }
      onRemove={() => dialogs.setRemoving({ path: 'appeals', record: appeal, label: label(appeal) })}
    />
  );
  return (
    <RecordTable<AppealView>
      caption={t('cases.legal.appeals')}
      records={appeals}
      columns={[
        { header: t('cases.legal.charge'), cell: (appeal) => appealedCharge(appeal.verdictId) },
        {
          header: t('cases.records.fields.appellant'),
          cell: (appeal) => text.option('appellant', appeal.appellant),
        },
        { header: t('cases.records.fields.filedOn'), cell: (appeal) => text.date(appeal.filedOn) },
        { header: t('cases.records.fields.result'), cell: (appeal) => text.option('result', appeal.result) },
        { header: t('cases.records.fields.decidedOn'), cell: (appeal) => text.date(appeal.decidedOn) },
      ]}
      actions={mayProsecute ? actions : undefined}
    />
  );
}
