import { Button, Group, Select, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error.ts';
import { type CaseFileGroup, createNote, type NoteView, updateNote } from '../api/case-files.ts';
import { StaleVersionAlert } from '../cases/StaleVersionAlert.tsx';
import { AppModal } from '../frame/AppModal.tsx';

const MAX_LENGTH = 10_000;

export type NoteDialogState = { note: NoteView | null };

type NoteDialogProps = {
  caseId: string;
  groups: CaseFileGroup[];
  people: { value: string; label: string }[];
  state: NoteDialogState | null;
  onClose: () => void;
  onSaved: () => void;
};

export function NoteDialog({ state, ...props }: NoteDialogProps) {
  const { t } = useTranslation();
  const title = t(state?.note ? 'caseFiles.notes.editTitle' : 'caseFiles.notes.createTitle');
  return (
    <AppModal opened={state !== null} onClose={props.onClose} title={title} size="lg">
      {state && <NoteForm key={state.note?.id ?? 'new'} note={state.note} {...props} />}
    </AppModal>
  );
}

type NoteFormProps = Omit<NoteDialogProps, 'state'> & { note: NoteView | null };

/** Who may read a note is chosen once, at writing: later it could only widen to unintended readers. */
function NoteForm({ caseId, groups, people, note, onClose, onSaved }: NoteFormProps) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const form = useForm({
    initialValues: {
      text: note?.text ?? '',
      fieldGroup: note?.fieldGroup ?? groups[0] ?? 'needs',
      personId: note?.personId ?? '',
    },
    validate: { text: (value) => (value.trim() === '' ? t('records.required') : null) },
  });
  const submit = form.onSubmit(async ({ text, fieldGroup, personId }) => {
    setFailure(null);
    try {
      if (note) await updateNote(caseId, note, { text });
      else await createNote(caseId, { text, fieldGroup, ...(personId && { personId }) });
      onSaved();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setFailure(error);
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Select
          label={t('caseFiles.readers')}
          description={t('caseFiles.readersHint')}
          data={groups.map((group) => ({ value: group, label: t(`caseFiles.groups.${group}`) }))}
          disabled={note !== null}
          allowDeselect={false}
          {...form.getInputProps('fieldGroup')}
        />
        <Select
          label={t('caseFiles.notes.person')}
          placeholder={t('caseFiles.notes.wholeCase')}
          data={people}
          clearable
          disabled={note !== null}
          {...form.getInputProps('personId')}
          value={form.values.personId || null}
          onChange={(value) => form.setFieldValue('personId', value ?? '')}
        />
        <Textarea
          label={t('caseFiles.notes.text')}
          required
          autosize
          minRows={4}
          maxLength={MAX_LENGTH}
          data-autofocus
          {...form.getInputProps('text')}
        />
        <StaleVersionAlert error={failure} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('records.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {t(note ? 'caseFiles.notes.submitEdit' : 'caseFiles.notes.submitCreate')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
