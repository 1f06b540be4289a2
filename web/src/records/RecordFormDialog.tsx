import { Button, Group, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error.ts';
import type { PersonSummary } from '../api/cases.ts';
import { createRecord, type RecordPath, updateRecord } from '../api/records.ts';
import { StaleVersionAlert } from '../cases/StaleVersionAlert.tsx';
import { AppModal } from '../frame/AppModal.tsx';
import { RecordField } from './RecordField.tsx';
import { type FieldSpec, type FormValues, initialValues, requestBody, visibleFields } from './record-form.ts';
import { useRecordText } from './record-text.ts';

/** What a dialog records or changes; a record to change carries the version it was read at. */
export type RecordDialogState = {
  title: string;
  path: RecordPath;
  fields: readonly FieldSpec[];
  record?: { id: string; version: number } & Readonly<Record<string, unknown>>;
  /** Sent with a new record: what it belongs to (the proceeding of a charge, the charge of a verdict). */
  context?: Record<string, string>;
  intro?: string;
};

type RecordFormDialogProps = {
  caseId: string;
  state: RecordDialogState | null;
  people: readonly PersonSummary[];
  onClose: () => void;
  onSaved: () => void;
};

export function RecordFormDialog({ caseId, state, people, onClose, onSaved }: RecordFormDialogProps) {
  return (
    <AppModal opened={state !== null} onClose={onClose} title={state?.title} size="lg">
      {state && (
        <RecordForm
          key={`${state.path}:${state.record?.id ?? 'new'}`}
          {...{ caseId, state, people, onClose, onSaved }}
        />
      )}
    </AppModal>
  );
}

type RecordFormProps = Omit<RecordFormDialogProps, 'state'> & { state: RecordDialogState };

/**
 * The form itself, mounted afresh for each record. A change sends only what changed, at the version on
 * screen; when someone else changed the record first, the reader is told and offered a reload.
 */
function RecordForm({ caseId, state, people, onClose, onSaved }: RecordFormProps) {
  const { t } = useTranslation();
  const text = useRecordText(people);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const original = state.record ? initialValues(state.fields, state.record) : undefined;
  const form = useForm<FormValues>({
    initialValues: original ?? initialValues(state.fields),
    validate: (values) =>
      Object.fromEntries(
        visibleFields(state.fields, values)
          .filter((field) => field.required && (values[field.name] === '' || values[field.name] === false))
          .map((field) => [field.name, t('cases.records.required')]),
      ),
  });
  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    const body = requestBody(visibleFields(state.fields, values), values, original);
    try {
      if (state.record) {
        if (Object.keys(body).length > 0) await updateRecord(caseId, state.path, state.record, body);
      } else {
        await createRecord(caseId, state.path, { ...state.context, ...body });
      }
      onSaved();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setFailure(error);
      const fieldErrors = (error.problem.errors ?? []).map((found) => [
        found.path.split('.')[0],
        found.message,
      ]);
      form.setErrors(Object.fromEntries(fieldErrors));
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <StaleVersionAlert error={failure} />
        {state.intro && <Text fz="sm">{state.intro}</Text>}
        {visibleFields(state.fields, form.values).map((field) => (
          <RecordField
            key={field.name}
            field={field}
            form={form}
            people={people}
            text={text}
            locked={state.record !== undefined && field.fixed === true}
          />
        ))}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('cases.records.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {t('cases.records.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
