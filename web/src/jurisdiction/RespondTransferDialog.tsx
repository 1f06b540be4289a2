import { Alert, Button, Group, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error.ts';
import { respondToTransfer, type TransferView } from '../api/jurisdiction.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { AppModal } from '../frame/AppModal.tsx';

export type Answering = { transfer: TransferView; accept: boolean };

type RespondTransferDialogProps = {
  answering: Answering | null;
  onClose: () => void;
  onAnswered: (answered: Answering) => void;
};

const MIN_REASON = 10;

/** Accepting may say why; declining must, because the asking authority keeps the case and reads it. */
export function RespondTransferDialog({ answering, onClose, onAnswered }: RespondTransferDialogProps) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const accept = answering?.accept ?? false;
  const form = useForm({
    initialValues: { reason: '' },
    validate: {
      reason: (value) =>
        (accept && value.trim() === '') || value.trim().length >= MIN_REASON
          ? null
          : t('transfers.respond.reasonTooShort'),
    },
  });
  const close = () => {
    form.reset();
    setFailure(null);
    onClose();
  };
  const submit = form.onSubmit(async ({ reason }) => {
    if (!answering) return;
    setFailure(null);
    try {
      await respondToTransfer(answering.transfer.id, {
        accept,
        ...(reason.trim() ? { reason: reason.trim() } : {}),
      });
      form.reset();
      onAnswered(answering);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setFailure(error);
    }
  });
  return (
    <AppModal
      opened={answering !== null}
      onClose={close}
      title={t(accept ? 'transfers.respond.acceptTitle' : 'transfers.respond.declineTitle')}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Alert color={accept ? 'blue' : 'orange'} variant="light">
            {t(accept ? 'transfers.respond.acceptWarning' : 'transfers.respond.declineWarning')}
          </Alert>
          <ProblemAlert error={failure} />
          <Textarea
            label={t(accept ? 'transfers.respond.reasonOptional' : 'transfers.respond.reason')}
            description={t('transfers.respond.reasonHint')}
            required={!accept}
            autosize
            minRows={3}
            maxLength={2000}
            data-autofocus
            {...form.getInputProps('reason')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('transfers.respond.cancel')}
            </Button>
            <Button type="submit" color={accept ? undefined : 'red.9'} loading={form.submitting}>
              {t(accept ? 'transfers.respond.submitAccept' : 'transfers.respond.submitDecline')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
