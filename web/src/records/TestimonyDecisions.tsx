import { Alert, Button, Group, Loader, Stack, Title } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { fetchTestimony, type TestimonyView } from '../api/records.ts';
import { useApiQuery } from '../api/useApiQuery.ts';
import { TESTIMONY_FIELDS } from './protection-forms.ts';
import { RecordActions } from './RecordActions.tsx';
import { RecordTable } from './RecordTable.tsx';
import type { RecordText } from './record-text.ts';
import type { useRecordDialogs } from './useRecordDialogs.ts';

type TestimonyDecisionsProps = {
  caseId: string;
  text: RecordText;
  dialogs: ReturnType<typeof useRecordDialogs>;
  mayWrite: boolean;
};

/**
 * Each survivor's own decision on testifying, for those who may read the investigation. The guidance
 * is on screen because the seed reports survivors pressured to testify.
 */
export function TestimonyDecisions({ caseId, text, dialogs, mayWrite }: TestimonyDecisionsProps) {
  const { t } = useTranslation();
  const read = useCallback(() => fetchTestimony(caseId), [caseId]);
  const decisions = useApiQuery(read, dialogs.savedAt);
  const dialog = (record?: TestimonyView) => ({
    title: t('cases.protection.testimonyTitle'),
    path: 'testimony-decisions' as const,
    fields: TESTIMONY_FIELDS,
    intro: t('cases.protection.testimonyGuidance'),
    ...(record && { record }),
  });
  const label = (decision: TestimonyView) =>
    t('cases.protection.testimonyLabel', { person: text.person(decision.personId) });
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3} fz="h4">
          {t('cases.protection.testimony')}
        </Title>
        {mayWrite && (
          <Button variant="light" onClick={() => dialogs.setEditing(dialog())}>
            {t('cases.protection.addTestimony')}
          </Button>
        )}
      </Group>
      <Alert color="gray" variant="light">
        {t('cases.protection.testimonyGuidance')}
      </Alert>
      {decisions.status === 'loading' && <Loader role="status" aria-label={t('loading')} />}
      {decisions.status === 'failed' && <ProblemAlert error={decisions.error} />}
      {decisions.status === 'loaded' && (
        <RecordTable<TestimonyView>
          caption={t('cases.protection.testimony')}
          records={decisions.data}
          columns={[
            {
              header: t('cases.records.fields.personId'),
              cell: (decision) => text.person(decision.personId),
            },
            {
              header: t('cases.records.fields.decision'),
              cell: (decision) => text.option('decision', decision.decision),
            },
            {
              header: t('cases.records.fields.decidedOn'),
              cell: (decision) => text.date(decision.decidedOn),
            },
            {
              header: t('cases.protection.informedBy'),
              cell: (decision) => `${decision.informedBy.displayName} (${decision.informedBy.agencyCode})`,
            },
          ]}
          actions={
            mayWrite
              ? (decision) => (
                  <RecordActions
                    label={label(decision)}
                    onEdit={() => dialogs.setEditing(dialog(decision))}
                    onRemove={() =>
                      dialogs.setRemoving({
                        path: 'testimony-decisions',
                        record: decision,
                        label: label(decision),
                      })
                    }
                  />
                )
              : undefined
          }
        />
      )}
    </Stack>
  );
}
