import { Anchor, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { useSession } from '../session/session-context.ts';
import { digitsOnly, isSixDigitCode } from './one-time-code.ts';

type Method = 'app' | 'recovery';

/** The second sign-in step: the code from the authenticator app, or a recovery code without the phone. */
export function SecondFactorForm() {
  const { t } = useTranslation();
  const { proveSecondFactor, cancelSignIn } = useSession();
  const [method, setMethod] = useState<Method>('app');
  const [failure, setFailure] = useState<ApiError | null>(null);
  const form = useForm({
    initialValues: { code: '' },
    validate: {
      code: (value) => {
        if (method === 'app') return isSixDigitCode(value) ? null : t('secondFactor.codeRequired');
        return value.trim() ? null : t('secondFactor.recoveryCodeRequired');
      },
    },
  });

  const submit = form.onSubmit(async ({ code }) => {
    setFailure(null);
    try {
      await proveSecondFactor(method === 'app' ? { code: digitsOnly(code) } : { recoveryCode: code.trim() });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      // The half-open session lasts minutes: once it is gone, only the password step can start again.
      if (error.problem.code === 'unauthenticated') return cancelSignIn({ expired: true });
      setFailure(error);
      form.setFieldValue('code', '');
    }
  });

  const switchMethod = () => {
    setMethod(method === 'app' ? 'recovery' : 'app');
    setFailure(null);
    form.reset();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text>{t(method === 'app' ? 'secondFactor.intro' : 'secondFactor.recoveryIntro')}</Text>
        <ProblemAlert error={failure} />
        <TextInput
          key={method}
          label={t(method === 'app' ? 'secondFactor.code' : 'secondFactor.recoveryCode')}
          autoComplete={method === 'app' ? 'one-time-code' : 'off'}
          inputMode={method === 'app' ? 'numeric' : 'text'}
          autoCapitalize="characters"
          spellCheck={false}
          required
          withAsterisk={false}
          {...form.getInputProps('code')}
        />
        <Button type="submit" fullWidth loading={form.submitting}>
          {t('secondFactor.submit')}
        </Button>
        <Group justify="space-between" gap="xs">
          <Anchor component="button" type="button" fz="sm" onClick={switchMethod}>
            {t(method === 'app' ? 'secondFactor.useRecoveryCode' : 'secondFactor.useApp')}
          </Anchor>
          <Anchor component="button" type="button" fz="sm" c="dimmed" onClick={() => cancelSignIn()}>
            {t('secondFactor.cancel')}
          </Anchor>
        </Group>
      </Stack>
    </form>
  );
}
