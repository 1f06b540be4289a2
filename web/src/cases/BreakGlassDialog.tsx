import { Alert, Button, Group, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error.ts';
import { type BreakGlassGrant, breakGlass } from '../api/cases.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { AppModal } from '../frame/AppModal.tsx';

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
        <Stack gap="md">
          <Alert color="red" variant="light">
            {t('cases.breakGlass.warning')}
          </Alert>
          <ProblemAlert error={failure} />
          <Textarea
            label={t('cases.breakGlass.reason')}
            description={t('cases.breakGlass.reasonHint')}
            required
            autosize
            minRows={3}
            maxLength={2000}
            data-autofocus
            {...form.getInputProps('reason')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('cases.breakGlass.cancel')}
            </Button>
            <Button type="submit" color="red.9" loading={form.submitting}>
              {t('cases.breakGlass.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
