import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConsentView } from '../api/records.ts';
import { CONSENT_FIELDS } from './consent-forms.ts';
import { RecordActions } from './RecordActions.tsx';
import { RecordTable } from './RecordTable.tsx';
import type { RecordText } from './record-text.ts';
import type { useRecordDialogs } from './useRecordDialogs.ts';

type ConsentsTableProps = {
  consents: ConsentView[];
  text: RecordText;
  dialogs: ReturnType<typeof useRecordDialogs>;
  mayWrite: boolean;
  onRevoke: (consent: ConsentView) => void;
};

/** Consents in force and revoked ones; a revoked consent stays as it was, so it offers no action. */
export function ConsentsTable({ consents, text, dialogs, mayWrite, onRevoke }: ConsentsTableProps) {
  const { t } = useTranslation();
  const label = (consent: ConsentView) =>
    t('cases.consent.label', { person: text.person(consent.personId), date: text.date(consent.givenOn) });
  const recipients = (consent: ConsentView) =>
    [
      ...consent.recipientAgencyTypes.map((type) => text.option('recipientAgencyTypes', type)),
      ...consent.recipientAgencyCodes,
    ].join(', ') || t('cases.records.noValue');
  const actions = (consent: ConsentView) =>
    consent.revokedOn === null && (
      <Group gap="xs" wrap="nowrap">
        <RecordActions
          label={label(consent)}
          onEdit={() =>
            dialogs.setEditing({
              title: t('cases.consent.dialogTitle'),
              path: 'consents',
              fields: CONSENT_FIELDS,
              record: consent,
            })
          }
        />
        <Button
          size="compact-sm"
          variant="subtle"
          color="red"
          aria-label={t('cases.consent.revokeLabel', { label: label(consent) })}
          onClick={() => onRevoke(consent)}
        >
          {t('cases.consent.revoke')}
        </Button>
      </Group>
    );
  return (
    <RecordTable<ConsentView>
      caption={t('cases.consent.caption')}
      records={consents}
      columns={[
        { header: t('cases.records.fields.personId'), cell: (consent) => text.person(consent.personId) },
        {
          header: t('cases.records.fields.scopes'),
          cell: (consent) => consent.scopes.map((scope) => text.option('scopes', scope)).join(', '),
        },
        { header: t('cases.consent.recipients'), cell: recipients },
        { header: t('cases.records.fields.givenOn'), cell: (consent) => text.date(consent.givenOn) },
        {
          header: t('cases.records.fields.evidenceNote'),
          cell: (consent) => consent.evidenceNote ?? t('cases.records.noValue'),
        },
        {
          header: t('cases.consent.state'),
          cell: (consent) =>
            consent.revokedOn === null || consent.revokedBy === null
              ? t('cases.consent.inForce')
              : t('cases.consent.revoked', {
                  date: text.date(consent.revokedOn),
                  who: consent.revokedBy.displayName,
                  agency: consent.revokedBy.agencyCode,
                }),
        },
      ]}
      actions={mayWrite ? actions : undefined}
    />
  );
}
