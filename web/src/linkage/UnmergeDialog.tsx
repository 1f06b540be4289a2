import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/api-error.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { AppModal } from '../frame/AppModal.tsx';

type UnmergeDialogProps = {
  opened: boolean;
  onClose: () => void;
  onConfirm: (reason: string) => Promise<void>;
};

const MIN_REASON = 10;

/** Separating two records linked as one person: the reason stays in the audit log. */
export function UnmergeDialog({ opened, onClose, onConfirm }: UnmergeDialogProps) {
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
    <AppModal opened={opened} onClose={onClose} title={t('linkage.unmerge.title')}>
      <Stack>
        <Textarea
          label={t('linkage.unmerge.reason')}
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
          <Button color="red.9" onClick={submit} loading={busy} disabled={tooShort}>
            {t('linkage.unmerge.confirm')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
