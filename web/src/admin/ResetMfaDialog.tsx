import { useTranslation } from 'react-i18next';
import { type ManagedUser, resetManagedUserMfa } from '../api/admin.ts';
import { ReasonedActDialog } from '../session/ReasonedActDialog.tsx';

type ResetMfaDialogProps = {
  user: ManagedUser | null;
  onClose: () => void;
  onReset: (user: ManagedUser) => void;
};

/**
 * Asks how the person's identity was confirmed; when the administrator's own sign-in is too old, they
 * confirm who they are first and the reset is retried.
 */
export function ResetMfaDialog({ user, onClose, onReset }: ResetMfaDialogProps) {
  const { t } = useTranslation();
  return (
    <ReasonedActDialog
      opened={user !== null}
      title={t('admin.resetMfa.title', { username: user?.username ?? '' })}
      size="lg"
      messages="admin.resetMfa"
      tone="red"
      minimumReason={20}
      onClose={onClose}
      act={async (reason) => {
        if (user) onReset(await resetManagedUserMfa(user.id, reason));
      }}
    />
  );
}
