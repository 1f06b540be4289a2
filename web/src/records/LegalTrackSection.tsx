import { Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseView, PersonSummary } from '../api/cases.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { fetchLegalTrack, type RecordPath } from '../api/records.ts';
import { type QueryState, useApiQuery } from '../api/useApiQuery.ts';
import { BilateralTable } from './BilateralTable.tsx';
import { ExtraditionsTable } from './ExtraditionsTable.tsx';
import { BILATERAL_FIELDS, EXTRADITION_FIELDS, PROCEEDING_FIELDS } from './legal-forms.ts';
import { ProceedingCard } from './ProceedingCard.tsx';
import { RecordFormDialog } from './RecordFormDialog.tsx';
import { RemoveRecordDialog } from './RemoveRecordDialog.tsx';
import type { FieldSpec } from './record-form.ts';
import { useRecordText } from './record-text.ts';
import { SuggestedStatusNotice } from './SuggestedStatusNotice.tsx';
import { useRecordDialogs } from './useRecordDialogs.ts';

type LegalTrackSectionProps = {
  view: CaseView;
  people: QueryState<PersonSummary[]>;
  onCaseUpdated: (view: CaseView) => void;
};

/** The legal track is investigation material: readers who may not see the investigation get nothing. */
export function LegalTrackSection(props: LegalTrackSectionProps) {
  return props.view.visibleGroups.includes('investigation') ? <LegalTrack {...props} /> : null;
}

function LegalTrack({ view, people, onCaseUpdated }: LegalTrackSectionProps) {
  const { t } = useTranslation();
  const dialogs = useRecordDialogs();
  const read = useCallback(() => fetchLegalTrack(view.id), [view.id]);
  const track = useApiQuery(read, `${view.version}:${dialogs.savedAt}`);
  const persons = people.status === 'loaded' ? people.data : [];
  const text = useRecordText(persons);
  const mayWrite = view.allowedActions.includes('case.update');
  const mayProsecute = view.allowedActions.includes('prosecution.record');
  const open = (title: string, path: RecordPath, fields: readonly FieldSpec[]) =>
    dialogs.setEditing({ title, path, fields });
  return (
    <Stack component="section" aria-labelledby="legal-heading" gap="md">
      <Group justify="space-between">
        <Title id="legal-heading" order={2} fz="h3">
          {t('cases.legal.title')}
        </Title>
        {mayWrite && (
          <Button
            onClick={() => open(t('cases.legal.proceedingTitle'), 'legal-proceedings', PROCEEDING_FIELDS)}
          >
            {t('cases.legal.addProceeding')}
          </Button>
        )}
      </Group>
      <Text c="dimmed" fz="sm">
        {t('cases.legal.intro')}
      </Text>
      {track.status === 'loading' && <Loader role="status" aria-label={t('loading')} />}
      {track.status === 'failed' && <ProblemAlert error={track.error} />}
      {track.status === 'loaded' && (
        <>
          <SuggestedStatusNotice
            view={view}
            suggested={track.data.suggestedStatus}
            onCaseUpdated={onCaseUpdated}
          />
          {track.data.proceedings.length === 0 && (
            <Text c="dimmed" fz="sm">
              {t('cases.legal.noProceedings')}
            </Text>
          )}
          {track.data.proceedings.map((proceeding, index) => (
            <ProceedingCard
              key={proceeding.id}
              proceeding={proceeding}
              number={index + 1}
              track={track.data}
              {...{ text, dialogs, mayWrite, mayProsecute }}
            />
          ))}
          <Group justify="space-between">
            <Title order={3} fz="h4">
              {t('cases.legal.extraditions')}
            </Title>
            {mayProsecute && (
              <Button
                variant="light"
                onClick={() => open(t('cases.legal.extraditionTitle'), 'extraditions', EXTRADITION_FIELDS)}
              >
                {t('cases.legal.addExtradition')}
              </Button>
            )}
          </Group>
          <ExtraditionsTable extraditions={track.data.extraditions} {...{ text, dialogs, mayProsecute }} />
          <Group justify="space-between">
            <Title order={3} fz="h4">
              {t('cases.legal.bilateral')}
            </Title>
            {mayWrite && (
              <Button
                variant="light"
                onClick={() =>
                  open(t('cases.legal.bilateralTitle'), 'bilateral-investigations', BILATERAL_FIELDS)
                }
              >
                {t('cases.legal.addBilateral')}
              </Button>
            )}
          </Group>
          <BilateralTable
            investigations={track.data.bilateralInvestigations}
            {...{ text, dialogs, mayWrite }}
          />
        </>
      )}
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
