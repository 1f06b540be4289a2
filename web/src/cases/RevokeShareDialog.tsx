import { Alert, Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error.ts';
import { type CaseShare, revokeShare } from '../api/cases.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { AppModal } from '../frame/AppModal.tsx';

type RevokeShareDialogProps = {
  caseId: string;
  share: CaseShare | null;
  onClose: () => void;
  onRevoked: (share: CaseShare) => void;
};

/** Revoking cannot be undone (only a new share, with a new reason, lets the agency back in): confirm first. */
export function RevokeShareDialog({ caseId, share, onClose, onRevoked }: RevokeShareDialogProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const agency = share ? `${share.agency.name} (${share.agency.code})` : '';
  const close = () => {
    setFailure(null);
    onClose();
  };
  const revoke = async () => {
    if (!share) return;
    setBusy(true);
    setFailure(null);
    try {
      await revokeShare(caseId, share.id);
      onRevoked(share);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <AppModal opened={share !== null} onClose={close} title={t('cases.shares.revoke.title')}>
      <Stack gap="md">
        <Alert color="orange" variant="light">
          {t('cases.shares.revoke.warning', { agency })}
        </Alert>
        <ProblemAlert error={failure} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close} data-autofocus>
            {t('cases.shares.revoke.cancel')}
          </Button>
          <Button color="red.9" loading={busy} onClick={revoke}>
            {t('cases.shares.revoke.confirm')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
