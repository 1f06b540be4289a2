import { Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseView, PersonSummary } from '../api/cases.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { type ConsentView, fetchConsents } from '../api/records.ts';
import { type QueryState, useApiQuery } from '../api/useApiQuery.ts';
import { ConsentsTable } from './ConsentsTable.tsx';
import { CONSENT_FIELDS } from './consent-forms.ts';
import { RecordFormDialog } from './RecordFormDialog.tsx';
import { RevokeConsentDialog } from './RevokeConsentDialog.tsx';
import { useRecordText } from './record-text.ts';
import { StatisticsUseList } from './StatisticsUseList.tsx';
import { useRecordDialogs } from './useRecordDialogs.ts';

type ConsentSectionProps = { view: CaseView; people: QueryState<PersonSummary[]> };

/** What each person agreed to share, with whom and for what: everyone who works with them reads it. */
export function ConsentSection({ view, people }: ConsentSectionProps) {
  const { t } = useTranslation();
  const dialogs = useRecordDialogs();
  const [revoking, setRevoking] = useState<ConsentView | null>(null);
  const read = useCallback(() => fetchConsents(view.id), [view.id]);
  const consents = useApiQuery(read, dialogs.savedAt);
  const persons = people.status === 'loaded' ? people.data : [];
  const text = useRecordText(persons);
  const mayWrite = view.allowedActions.includes('case.update');
  return (
    <Stack component="section" aria-labelledby="consent-heading" gap="md">
      <Group justify="space-between">
        <Title id="consent-heading" order={2} fz="h3">
          {t('cases.consent.title')}
        </Title>
        {mayWrite && (
          <Button
            onClick={() =>
              dialogs.setEditing({
                title: t('cases.consent.dialogTitle'),
                path: 'consents',
                fields: CONSENT_FIELDS,
              })
            }
          >
            {t('cases.consent.add')}
          </Button>
        )}
      </Group>
      <Text c="dimmed" fz="sm">
        {t('cases.consent.intro')}
      </Text>
      {consents.status === 'loading' && <Loader role="status" aria-label={t('loading')} />}
      {consents.status === 'failed' && <ProblemAlert error={consents.error} />}
      {consents.status === 'loaded' && (
        <>
          <ConsentsTable
            consents={consents.data.items}
            onRevoke={setRevoking}
            {...{ text, dialogs, mayWrite }}
          />
          <StatisticsUseList statistics={consents.data.statistics} text={text} />
        </>
      )}
      <RecordFormDialog
        caseId={view.id}
        state={dialogs.editing}
        people={persons}
        onClose={() => dialogs.setEditing(null)}
        onSaved={dialogs.saved}
      />
      <RevokeConsentDialog
        caseId={view.id}
        consent={revoking}
        onClose={() => setRevoking(null)}
        onRevoked={() => {
          setRevoking(null);
          dialogs.saved();
        }}
      />
    </Stack>
  );
}
