import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error.ts';
import { type ConsentView, revokeConsent } from '../api/records.ts';
import { StaleVersionAlert } from '../cases/StaleVersionAlert.tsx';
import { AppModal } from '../frame/AppModal.tsx';

type RevokeConsentDialogProps = {
  caseId: string;
  consent: ConsentView | null;
  onClose: () => void;
  onRevoked: () => void;
};

const today = () => new Date().toISOString().slice(0, 10);

/** Records the day a person withdrew a consent; from then on it no longer allows anything. */
export function RevokeConsentDialog({ caseId, consent, onClose, onRevoked }: RevokeConsentDialogProps) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const form = useForm({
    initialValues: { revokedOn: today() },
    validate: { revokedOn: (value) => (value ? null : t('cases.records.required')) },
  });
  const close = () => {
    form.reset();
    setFailure(null);
    onClose();
  };
  const submit = form.onSubmit(async ({ revokedOn }) => {
    if (!consent) return;
    setFailure(null);
    try {
      await revokeConsent(caseId, consent, revokedOn);
      form.reset();
      onRevoked();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setFailure(error);
    }
  });
  return (
    <AppModal opened={consent !== null} onClose={close} title={t('cases.consent.revokeTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <StaleVersionAlert error={failure} />
          <Text fz="sm">{t('cases.consent.revokeIntro')}</Text>
          <TextInput
            type="date"
            label={t('cases.records.fields.revokedOn')}
            required
            max={today()}
            data-autofocus
            {...form.getInputProps('revokedOn')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('cases.records.cancel')}
            </Button>
            <Button type="submit" color="red" loading={form.submitting}>
              {t('cases.consent.revoke')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
