import { Button, Group, Select, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_STATUSES, type CaseStatus } from '../../../src/modules/cases/schema.ts';
import { ApiError } from '../api/api-error.ts';
import { type CaseView, updateCase } from '../api/cases.ts';
import { AppModal } from '../frame/AppModal.tsx';
import { StaleVersionAlert } from './StaleVersionAlert.tsx';

type ChangeStatusDialogProps = {
  view: CaseView;
  opened: boolean;
  onClose: () => void;
  onChanged: (view: CaseView) => void;
};

const MIN_REASON = 10;
const movesBack = (from: CaseStatus, to: CaseStatus) =>
  CASE_STATUSES.indexOf(to) < CASE_STATUSES.indexOf(from);

/** Changes the case's status at the version on screen; a conflict is shown, never overwritten. */
export function ChangeStatusDialog({ view, opened, onClose, onChanged }: ChangeStatusDialogProps) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const form = useForm({
    initialValues: { status: view.status as CaseStatus, reason: '' },
    validate: {
      reason: (value, values) =>
        movesBack(view.status, values.status) && value.trim().length < MIN_REASON
          ? t('cases.status.reasonRequired')
          : null,
    },
  });
  const close = () => {
    form.reset();
    setFailure(null);
    onClose();
  };
  const submit = form.onSubmit(async ({ status, reason }) => {
    setFailure(null);
    try {
      const trimmed = reason.trim();
      onChanged(await updateCase(view.id, view.version, { status, ...(trimmed && { reason: trimmed }) }));
      form.reset();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setFailure(error);
    }
  });
  return (
    <AppModal opened={opened} onClose={close} title={t('cases.status.title')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <StaleVersionAlert error={failure} />
          <Select
            label={t('cases.status.newStatus')}
            data={CASE_STATUSES.map((status) => ({ value: status, label: t(`cases.statuses.${status}`) }))}
            allowDeselect={false}
            data-autofocus
            {...form.getInputProps('status')}
          />
          <Textarea
            label={t('cases.status.reason')}
            description={t('cases.status.reasonHint')}
            autosize
            minRows={2}
            maxLength={2000}
            {...form.getInputProps('reason')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('cases.status.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting} disabled={form.values.status === view.status}>
              {t('cases.status.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
