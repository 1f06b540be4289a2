import { Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { reauthenticate } from '../api/session.ts';
import { AppModal } from '../frame/AppModal.tsx';
import { digitsOnly, isSixDigitCode } from '../sign-in/one-time-code.ts';
import { useCurrentUser } from './session-context.ts';

type ReauthenticationDialogProps = {
  opened: boolean;
  onClose: () => void;
  /** Called once the server recorded the new authentication: retry the act that answered 403. */
  onConfirmed: () => void;
};

/**
 * For acts that answer 403 `reauthentication_required` (revealing a survivor's identity or location,
 * exports): accounts with a second factor confirm with a fresh code, others with their password.
 */
export function ReauthenticationDialog({ opened, onClose, onConfirmed }: ReauthenticationDialogProps) {
  const { t } = useTranslation();
  const { mfaEnrolled } = useCurrentUser();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const form = useForm({
    initialValues: { secret: '' },
    validate: {
      secret: (value) => {
        if (mfaEnrolled) return isSixDigitCode(value) ? null : t('secondFactor.codeRequired');
        return value ? null : t('signIn.passwordRequired');
      },
    },
  });

  const close = () => {
    form.reset();
    setFailure(null);
    onClose();
  };

  const submit = form.onSubmit(async ({ secret }) => {
    setFailure(null);
    try {
      await reauthenticate(mfaEnrolled ? { code: digitsOnly(secret) } : { password: secret });
      form.reset();
      onConfirmed();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setFailure(error);
      form.setFieldValue('secret', '');
    }
  });

  const field = {
    required: true,
    withAsterisk: false,
    'data-autofocus': true,
    ...form.getInputProps('secret'),
  };
  return (
    <AppModal opened={opened} onClose={close} title={t('reauthentication.title')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text>{t('reauthentication.intro')}</Text>
          <Text>{t(mfaEnrolled ? 'reauthentication.codeIntro' : 'reauthentication.passwordIntro')}</Text>
          <ProblemAlert error={failure} />
          {mfaEnrolled ? (
            <TextInput
              label={t('secondFactor.code')}
              autoComplete="one-time-code"
              inputMode="numeric"
              {...field}
            />
          ) : (
            <PasswordInput
              label={t('signIn.password')}
              autoComplete="current-password"
              visibilityToggleButtonProps={{ 'aria-label': t('signIn.showPassword') }}
              {...field}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('reauthentication.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {t('reauthentication.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
