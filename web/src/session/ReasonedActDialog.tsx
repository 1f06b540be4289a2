import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error.ts';
import { ReasonFields } from '../cases/ReasonFields.tsx';
import { AppModal } from '../frame/AppModal.tsx';
import { ReauthenticationDialog } from './ReauthenticationDialog.tsx';

type ReasonedActDialogProps = {
  opened: boolean;
  title: string;
  size?: 'md' | 'lg';
  messages:
    | 'cases.reveal'
    | 'admin.resetMfa'
    | 'admin.agencySuspend'
    | 'admin.agencyReinstate'
    | 'releases.withdraw';
  tone: 'red' | 'orange';
  minimumReason: number;
  onClose: () => void;
  /** The sensitive act with the reason given; an ApiError it throws is shown, or asks to re-authenticate. */
  act: (reason: string) => Promise<void>;
};

/**
 * A written reason before a sensitive act. When the act answers that the last sign-in is too old, the
 * reader confirms who they are and the act is retried with the same reason.
 */
export function ReasonedActDialog({
  opened,
  title,
  size,
  messages,
  tone,
  minimumReason,
  onClose,
  act,
}: ReasonedActDialogProps) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [reauthenticating, setReauthenticating] = useState(false);
  const form = useForm({
    initialValues: { reason: '' },
    validate: {
      reason: (value) => (value.trim().length >= minimumReason ? null : t(`${messages}.reasonTooShort`)),
    },
  });
  const close = () => {
    form.reset();
    setFailure(null);
    setReauthenticating(false);
    onClose();
  };
  const run = async () => {
    setFailure(null);
    try {
      await act(form.values.reason.trim());
      form.reset();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.status === 403 && error.problem.code === 'reauthentication_required')
        setReauthenticating(true);
      else setFailure(error);
    }
  };
  return (
    <>
      <AppModal opened={opened && !reauthenticating} onClose={close} title={title} size={size}>
        <form onSubmit={form.onSubmit(run)} noValidate>
          <ReasonFields
            messages={messages}
            tone={tone}
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
          void run();
        }}
      />
    </>
  );
}
