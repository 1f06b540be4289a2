import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignInRequest } from '../../../src/contracts/session.ts';
import { ApiError } from '../api/api-error.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { useSession } from '../session/session-context.ts';

export function SignInForm() {
  const { t } = useTranslation();
  const { signIn } = useSession();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const form = useForm<SignInRequest>({
    initialValues: { username: '', password: '' },
    validate: {
      username: (value) => (value.trim() ? null : t('signIn.usernameRequired')),
      password: (value) => (value ? null : t('signIn.passwordRequired')),
    },
  });

  const submit = form.onSubmit(async (credentials) => {
    setFailure(null);
    try {
      await signIn({ ...credentials, username: credentials.username.trim() });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setFailure(error);
      form.setFieldValue('password', '');
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ProblemAlert error={failure} />
        <TextInput
          label={t('signIn.username')}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          withAsterisk={false}
          {...form.getInputProps('username')}
        />
        <PasswordInput
          label={t('signIn.password')}
          autoComplete="current-password"
          required
          withAsterisk={false}
          visibilityToggleButtonProps={{ 'aria-label': t('signIn.showPassword') }}
          {...form.getInputProps('password')}
        />
        <Button type="submit" fullWidth mt="xs" loading={form.submitting}>
          {t('signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
}
