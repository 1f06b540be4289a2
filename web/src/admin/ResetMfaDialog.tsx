import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ManagedUser, resetManagedUserMfa } from '../api/admin.ts';
import { ApiError } from '../api/api-error.ts';
import { ReasonFields } from '../cases/ReasonFields.tsx';
import { AppModal } from '../frame/AppModal.tsx';
import { ReauthenticationDialog } from '../session/ReauthenticationDialog.tsx';

type ResetMfaDialogProps = {
  user: ManagedUser | null;
  onClose: () => void;
  onReset: (user: ManagedUser) => void;
};

const MIN_REASON = 20;

/**
 * Asks how the person's identity was confirmed; when the administrator's own sign-in is too old, they
 * confirm who they are first and the reset is retried.
 */
export function ResetMfaDialog({ user, onClose, onReset }: ResetMfaDialogProps) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [reauthenticating, setReauthenticating] = useState(false);
  const form = useForm({
    initialValues: { reason: '' },
    validate: {
      reason: (value) => (value.trim().length >= MIN_REASON ? null : t('admin.resetMfa.reasonTooShort')),
    },
  });
  const close = () => {
    form.reset();
    setFailure(null);
    setReauthenticating(false);
    onClose();
  };
  const reset = async () => {
    if (!user) return;
    setFailure(null);
    try {
      const updated = await resetManagedUserMfa(user.id, form.values.reason.trim());
      form.reset();
      onReset(updated);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.status === 403 && error.problem.code === 'reauthentication_required')
        setReauthenticating(true);
      else setFailure(error);
    }
  };
  return (
    <>
      <AppModal
        opened={user !== null && !reauthenticating}
        onClose={close}
        title={t('admin.resetMfa.title', { username: user?.username ?? '' })}
        size="lg"
      >
        <form onSubmit={form.onSubmit(reset)} noValidate>
          <ReasonFields
            messages="admin.resetMfa"
            tone="red"
            failure={failure}
            reason={form.getInputProps('reason')}
            submitting={form.submitting}
            onCancel={close}
          />
        </form>
      </AppModal>
      <ReauthenticationDialog
        opened={reauthenticating}
        onClose={close}
        onConfirmed={() => {
          setReauthenticating(false);
          void reset();
        }}
      />
    </>
  );
}
