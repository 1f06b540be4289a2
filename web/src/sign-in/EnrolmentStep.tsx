import { Button, Center, Image, List, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { startEnrolment } from '../api/session.ts';
import { useSession } from '../session/session-context.ts';
import { digitsOnly, isSixDigitCode } from './one-time-code.ts';
import { qrCodeDataUrl } from './qr-code.ts';

type Setup = { qrCode: string; manualKey: string };

/** Groups of four, as authenticator apps print keys: easier to read out and to type. */
const grouped = (key: string) => key.replace(/(.{4})(?!$)/g, '$1 ');

/** First sign-in of a role that must use a second factor: scan (or type) the secret, confirm a code. */
export function EnrolmentStep() {
  const { t } = useTranslation();
  const { confirmEnrolment, cancelSignIn } = useSession();
  const [setup, setSetup] = useState<Setup | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const form = useForm({
    initialValues: { code: '' },
    validate: { code: (value) => (isSixDigitCode(value) ? null : t('secondFactor.codeRequired')) },
  });

  const onProblem = useCallback(
    (error: unknown) => {
      if (!(error instanceof ApiError)) throw error;
      if (error.problem.code === 'unauthenticated') return cancelSignIn({ expired: true });
      setFailure(error);
    },
    [cancelSignIn],
  );

  const begin = useCallback(() => {
    setFailure(null);
    startEnrolment()
      .then(async ({ otpauthUri, manualKey }) =>
        setSetup({ qrCode: await qrCodeDataUrl(otpauthUri), manualKey }),
      )
      .catch(onProblem);
  }, [onProblem]);

  // Each call makes a new secret: a second call (React's development double effects) would leave the
  // QR code showing a secret the server already replaced.
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    begin();
  }, [begin]);

  const submit = form.onSubmit(async ({ code }) => {
    setFailure(null);
    try {
      await confirmEnrolment(digitsOnly(code));
    } catch (error) {
      onProblem(error);
      form.setFieldValue('code', '');
    }
  });

  if (!setup) {
    return (
      <Stack gap="md">
        <ProblemAlert error={failure} />
        {failure ? (
          <Button variant="light" onClick={begin}>
            {t('enrolment.retry')}
          </Button>
        ) : (
          <Center py="xl">
            <Loader role="status" aria-label={t('enrolment.preparing')} />
          </Center>
        )}
      </Stack>
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text>{t('enrolment.intro')}</Text>
        <List type="ordered" spacing="sm">
          <List.Item>{t('enrolment.stepApp')}</List.Item>
          <List.Item>
            {t('enrolment.stepScan')}
            <Image src={setup.qrCode} alt={t('enrolment.qrAlt')} w={200} h={200} my="sm" />
            <TextInput
              label={t('enrolment.manualKey')}
              description={t('enrolment.manualKeyHint')}
              value={grouped(setup.manualKey)}
              readOnly
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              spellCheck={false}
            />
          </List.Item>
          <List.Item>{t('enrolment.stepConfirm')}</List.Item>
        </List>
        <ProblemAlert error={failure} />
        <TextInput
          label={t('secondFactor.code')}
          autoComplete="one-time-code"
          inputMode="numeric"
          required
          withAsterisk={false}
          {...form.getInputProps('code')}
        />
        <Button type="submit" fullWidth loading={form.submitting}>
          {t('enrolment.submit')}
        </Button>
        <Button variant="subtle" color="gray" onClick={() => cancelSignIn()}>
          {t('secondFactor.cancel')}
        </Button>
      </Stack>
    </form>
  );
}
