import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/api-error.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { AppModal } from '../frame/AppModal.tsx';

type ReasonDialogProps = {
  opened: boolean;
  onClose: () => void;
  onConfirm: (reason: string) => Promise<void>;
  labels: { title: string; reason: string; confirm: string };
  /** Separating is shown as a destructive act; putting back is not. */
  destructive?: boolean;
};

const MIN_REASON = 10;

/** A linkage change that needs the reviewer's reason (an unmerge, taking a record out, putting it back): it stays in the audit log. */
export function ReasonDialog({ opened, onClose, onConfirm, labels, destructive = false }: ReasonDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const tooShort = reason.trim().length < MIN_REASON;
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm(reason.trim());
      setReason('');
    } catch (failure) {
      setError(failure as ApiError);
    } finally {
      setBusy(false);
    }
  };
  return (
    <AppModal opened={opened} onClose={onClose} title={labels.title}>
      <Stack>
        <Textarea
          label={labels.reason}
          description={t('linkage.unmerge.reasonHint', { count: MIN_REASON })}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          autosize
          minRows={3}
          maxLength={2000}
          required
        />
        <ProblemAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('linkage.unmerge.cancel')}
          </Button>
          <Button
            color={destructive ? 'red.9' : undefined}
            onClick={submit}
            loading={busy}
            disabled={tooShort}
          >
            {labels.confirm}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
