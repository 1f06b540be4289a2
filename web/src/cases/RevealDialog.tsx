import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error.ts';
import { type RevealedPerson, revealPerson } from '../api/cases.ts';
import { AppModal } from '../frame/AppModal.tsx';
import { ReauthenticationDialog } from '../session/ReauthenticationDialog.tsx';
import type { NumberedPerson } from './PeopleSection.tsx';
import { ReasonFields } from './ReasonFields.tsx';

type RevealDialogProps = {
  caseId: string;
  target: NumberedPerson | null;
  onClose: () => void;
  onRevealed: (target: NumberedPerson, revealed: RevealedPerson) => void;
};

const MIN_REASON = 10;

/** Asks for the reason; when the last sign-in is too old, the reader confirms who they are and it retries. */
export function RevealDialog({ caseId, target, onClose, onRevealed }: RevealDialogProps) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [reauthenticating, setReauthenticating] = useState(false);
  const form = useForm({
    initialValues: { reason: '' },
    validate: {
      reason: (value) => (value.trim().length >= MIN_REASON ? null : t('cases.reveal.reasonTooShort')),
    },
  });
  const close = () => {
    form.reset();
    setFailure(null);
    setReauthenticating(false);
    onClose();
  };
  const reveal = async () => {
    if (!target) return;
    setFailure(null);
    try {
      const revealed = await revealPerson(caseId, target.person.id, form.values.reason.trim());
      form.reset();
      onRevealed(target, revealed);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.status === 403 && error.problem.code === 'reauthentication_required')
        setReauthenticating(true);
      else setFailure(error);
    }
  };
  const title = t('cases.reveal.title');
  return (
    <>
      <AppModal opened={target !== null && !reauthenticating} onClose={close} title={title}>
        <form onSubmit={form.onSubmit(reveal)} noValidate>
          <ReasonFields
            messages="cases.reveal"
            tone="orange"
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
          void reveal();
        }}
      />
    </>
  );
}
