import { Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseView, PersonSummary } from '../api/cases.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { fetchMeasures } from '../api/records.ts';
import { type QueryState, useApiQuery } from '../api/useApiQuery.ts';
import { MeasuresTable } from './MeasuresTable.tsx';
import { measureFields } from './protection-forms.ts';
import { RecordFormDialog } from './RecordFormDialog.tsx';
import { RemoveRecordDialog } from './RemoveRecordDialog.tsx';
import { useRecordText } from './record-text.ts';
import { TestimonyDecisions } from './TestimonyDecisions.tsx';
import { useRecordDialogs } from './useRecordDialogs.ts';

type ProtectionSectionProps = { view: CaseView; people: QueryState<PersonSummary[]> };

/**
 * Protection of the case's survivors and witnesses. The API leaves out what the reader may not see
 * (witness protection and non-punishment are investigation material); decisions on testifying are
 * shown only to those who may read the investigation, and never condition anything else here.
 */
export function ProtectionSection({ view, people }: ProtectionSectionProps) {
  const { t } = useTranslation();
  const dialogs = useRecordDialogs();
  const read = useCallback(() => fetchMeasures(view.id), [view.id]);
  const measures = useApiQuery(read, dialogs.savedAt);
  const persons = people.status === 'loaded' ? people.data : [];
  const text = useRecordText(persons);
  const mayWrite = view.allowedActions.includes('case.update');
  const investigation = view.visibleGroups.includes('investigation');
  const fields = measureFields(investigation);
  return (
    <Stack component="section" aria-labelledby="protection-heading" gap="md">
      <Group justify="space-between">
        <Title id="protection-heading" order={2} fz="h3">
          {t('cases.protection.title')}
        </Title>
        {mayWrite && (
          <Button
            onClick={() =>
              dialogs.setEditing({
                title: t('cases.protection.measureTitle'),
                path: 'protection-measures',
                fields,
              })
            }
          >
            {t('cases.protection.addMeasure')}
          </Button>
        )}
      </Group>
      <Text c="dimmed" fz="sm">
        {t('cases.protection.intro')}
      </Text>
      {measures.status === 'loading' && <Loader role="status" aria-label={t('loading')} />}
      {measures.status === 'failed' && <ProblemAlert error={measures.error} />}
      {measures.status === 'loaded' && (
        <MeasuresTable measures={measures.data} {...{ fields, text, dialogs, mayWrite }} />
      )}
      {investigation && <TestimonyDecisions caseId={view.id} {...{ text, dialogs, mayWrite }} />}
      <RecordFormDialog
        caseId={view.id}
        state={dialogs.editing}
        people={persons}
        onClose={() => dialogs.setEditing(null)}
        onSaved={dialogs.saved}
      />
      <RemoveRecordDialog
        caseId={view.id}
        state={dialogs.removing}
        onClose={() => dialogs.setRemoving(null)}
        onRemoved={dialogs.saved}
      />
    </Stack>
  );
}
