import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../frame/AppModal.tsx';
import type { Move } from './referral-moves.ts';

type MoveReasonDialogProps = {
  move: Move | null;
  onClose: () => void;
  onConfirm: (reason: string) => Promise<void>;
};

/** A refusal, a withdrawal or a survivor's choice is explained: the other side reads the reason. */
export function MoveReasonDialog({ move, onClose, onConfirm }: MoveReasonDialogProps) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (value) => (value.trim() ? null : t('referrals.moves.reason')) },
  });
  const close = () => {
    form.reset();
    onClose();
  };
  const submit = form.onSubmit(async ({ reason }) => {
    await onConfirm(reason.trim());
    form.reset();
  });
  const label = move ? t(`referrals.moves.${move}`) : '';
  return (
    <AppModal
      opened={move !== null}
      onClose={close}
      title={t('referrals.moves.reasonTitle', { move: label })}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Textarea
            label={t('referrals.moves.reason')}
            required
            autosize
            minRows={3}
            maxLength={2000}
            data-autofocus
            {...form.getInputProps('reason')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('referrals.moves.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {t('referrals.moves.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
