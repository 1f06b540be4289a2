import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error.ts';
import { type BreakGlassGrant, breakGlass } from '../api/cases.ts';
import { AppModal } from '../frame/AppModal.tsx';
import { ReasonFields } from './ReasonFields.tsx';

type BreakGlassDialogProps = {
  caseId: string;
  opened: boolean;
  onClose: () => void;
  onGranted: (grant: BreakGlassGrant) => void;
};

const MIN_REASON = 20;

export function BreakGlassDialog({ caseId, opened, onClose, onGranted }: BreakGlassDialogProps) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const form = useForm({
    initialValues: { reason: '' },
    validate: {
      reason: (value) => (value.trim().length >= MIN_REASON ? null : t('cases.breakGlass.reasonTooShort')),
    },
  });
  const close = () => {
    form.reset();
    setFailure(null);
    onClose();
  };
  const submit = form.onSubmit(async ({ reason }) => {
    setFailure(null);
    try {
      onGranted(await breakGlass(caseId, reason.trim()));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setFailure(error);
    }
  });
  return (
    <AppModal opened={opened} onClose={close} title={t('cases.breakGlass.dialogTitle')}>
      <form onSubmit={submit} noValidate>
        <ReasonFields
          messages="cases.breakGlass"
          tone="red"
          failure={failure}
          reason={form.getInputProps('reason')}
          submitting={form.submitting}
          onCancel={close}
        />
      </form>
    </AppModal>
  );
}
