import { Button, EmptyState, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchNotes, type NoteView, removeNote } from '../api/case-files.ts';
import type { CaseView } from '../api/cases.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { useApiQuery } from '../api/useApiQuery.ts';
import { RemovalDialog } from '../exploitation/RemovalDialog.tsx';
import { groupChoices } from './file-groups.ts';
import { NoteCard } from './NoteCard.tsx';
import { NoteDialog, type NoteDialogState } from './NoteDialog.tsx';

type NotesPanelProps = {
  view: CaseView;
  people: { value: string; label: string }[];
  numberOf: (personId: string) => number;
};

export function NotesPanel({ view, people, numberOf }: NotesPanelProps) {
  const { t } = useTranslation();
  const [savedAt, setSavedAt] = useState(0);
  const [editing, setEditing] = useState<NoteDialogState | null>(null);
  const [removing, setRemoving] = useState<NoteView | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const read = useCallback(() => fetchNotes(view.id), [view.id]);
  const notes = useApiQuery(read, savedAt);
  const mayWrite = view.allowedActions.includes('case.update');
  const saved = (message: string) => {
    setEditing(null);
    setRemoving(null);
    setAnnouncement(message);
    setSavedAt(Date.now());
  };
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3} fz="h4">
          {t('caseFiles.notes.title')}
        </Title>
        <Text role="status" fz="sm" ml="auto">
          {announcement}
        </Text>
        {mayWrite && <Button onClick={() => setEditing({ note: null })}>{t('caseFiles.notes.add')}</Button>}
      </Group>
      {notes.status === 'loading' && <Loader role="status" aria-label={t('loading')} />}
      {notes.status === 'failed' && <ProblemAlert error={notes.error} />}
      {notes.status === 'loaded' && notes.data.length === 0 && (
        <EmptyState
          p="md"
          title={t('caseFiles.notes.emptyTitle')}
          description={t('caseFiles.notes.empty')}
          role="status"
        />
      )}
      {notes.status === 'loaded' &&
        notes.data.map((note) => (
          <NoteCard
            key={note.id}
            note={note}
            number={note.personId ? numberOf(note.personId) : 0}
            onEdit={mayWrite ? () => setEditing({ note }) : undefined}
            onRemove={mayWrite ? () => setRemoving(note) : undefined}
          />
        ))}
      <NoteDialog
        caseId={view.id}
        groups={groupChoices(view)}
        people={people}
        state={editing}
        onClose={() => setEditing(null)}
        onSaved={() => saved(t('caseFiles.notes.saved'))}
      />
      <RemovalDialog
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        onRemove={async (reason) => {
          if (!removing) return;
          await removeNote(view.id, removing, reason);
          saved(t('caseFiles.notes.removed'));
        }}
      />
    </Stack>
  );
}
