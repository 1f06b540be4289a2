import { useTranslation } from 'react-i18next';
import type { ExtraditionView } from '../api/records.ts';
import { EXTRADITION_FIELDS } from './legal-forms.ts';
import { RecordActions } from './RecordActions.tsx';
import { RecordTable } from './RecordTable.tsx';
import type { RecordText } from './record-text.ts';
import type { useRecordDialogs } from './useRecordDialogs.ts';

type ExtraditionsTableProps = {
  extraditions: ExtraditionView[];
  text: RecordText;
  dialogs: ReturnType<typeof useRecordDialogs>;
  mayProsecute: boolean;
};

export function ExtraditionsTable({ extraditions, text, dialogs, mayProsecute }: ExtraditionsTableProps) {
  const { t } = useTranslation();
  const label = (request: ExtraditionView) =>
    t('cases.legal.extraditionLabel', {
      person: text.person(request.personId),
      country: request.countryCode,
    });
  const actions = (request: ExtraditionView) => (
    <RecordActions
      label={label(request)}
      onEdit={() =>
        dialogs.setEditing({
          title: t('cases.legal.extraditionTitle'),
          path: 'extraditions',
          fields: EXTRADITION_FIELDS,
          record: request,
        })
      }
      onRemove={() => dialogs.setRemoving({ path: 'extraditions', record: request, label: label(request) })}
    />
  );
  return (
    <RecordTable<ExtraditionView>
      caption={t('cases.legal.extraditions')}
      records={extraditions}
      columns={[
        { header: t('cases.records.fields.personId'), cell: (request) => text.person(request.personId) },
        {
          header: t('cases.records.fields.direction'),
          cell: (request) => text.option('direction', request.direction),
        },
        { header: t('cases.records.fields.countryCode'), cell: (request) => request.countryCode },
        { header: t('cases.records.fields.requestedOn'), cell: (request) => text.date(request.requestedOn) },
        {
          header: t('cases.records.fields.status'),
          cell: (request) => text.option('status', request.status),
        },
        {
          header: t('cases.records.fields.surrenderedOn'),
          cell: (request) => text.date(request.surrenderedOn),
        },
      ]}
      actions={mayProsecute ? actions : undefined}
    />
  );
}
