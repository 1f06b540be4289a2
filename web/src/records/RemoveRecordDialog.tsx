import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error.ts';
import { type RecordPath, removeRecord } from '../api/records.ts';
import { StaleVersionAlert } from '../cases/StaleVersionAlert.tsx';
import { AppModal } from '../frame/AppModal.tsx';

/** The record a dialog removes, at the version it was read, and how it is named to the reader. */
export type RemovalState = { path: RecordPath; record: { id: string; version: number }; label: string };

type RemoveRecordDialogProps = {
  caseId: string;
  state: RemovalState | null;
  onClose: () => void;
  onRemoved: () => void;
};

const MIN_REASON = 10;

/** Removes a record entered by mistake, with a reason its history keeps; a stale version is shown. */
export function RemoveRecordDialog({ caseId, state, onClose, onRemoved }: RemoveRecordDialogProps) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const form = useForm({
    initialValues: { reason: '' },
    validate: {
      reason: (value) => (value.trim().length >= MIN_REASON ? null : t('cases.records.reasonTooShort')),
    },
  });
  const close = () => {
    form.reset();
    setFailure(null);
    onClose();
  };
  const submit = form.onSubmit(async ({ reason }) => {
    if (!state) return;
    setFailure(null);
    try {
      await removeRecord(caseId, state.path, state.record, reason.trim());
      form.reset();
      onRemoved();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setFailure(error);
    }
  });
  return (
    <AppModal
      opened={state !== null}
      onClose={close}
      title={t('cases.records.removeTitle', { label: state?.label ?? '' })}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <StaleVersionAlert error={failure} />
          <Text fz="sm">{t('cases.records.removeIntro')}</Text>
          <Textarea
            label={t('cases.records.removeReason')}
            required
            autosize
            minRows={2}
            maxLength={2000}
            data-autofocus
            {...form.getInputProps('reason')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('cases.records.cancel')}
            </Button>
            <Button type="submit" color="red" loading={form.submitting}>
              {t('cases.records.remove')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
