import { Alert, Anchor, Box, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { FullPageLoader } from '../pages/FullPageLoader.tsx';
import { usePageTitle } from '../pages/usePageTitle.ts';
import type { ReturnTo } from '../session/RequireSession.tsx';
import { type SessionState, useSession } from '../session/session-context.ts';
import { EnrolmentStep } from './EnrolmentStep.tsx';
import { RecoveryCodesStep } from './RecoveryCodesStep.tsx';
import { SecondFactorForm } from './SecondFactorForm.tsx';
import { SignedOutNotice } from './SignedOutNotice.tsx';
import { SignInForm } from './SignInForm.tsx';
import { SignInHeader } from './SignInHeader.tsx';

type Step = { key: string; title: string; intro?: string; body: ReactNode; width: number };

export function SignInPage() {
  const { t } = useTranslation();
  const { state } = useSession();
  const location = useLocation();
  const returnTo = (location.state as ReturnTo | null)?.returnTo ?? '/';
  const step = stepFor(state, (key) => t(key));
  usePageTitle(step?.title ?? t('signIn.title'));

  // Each step replaces the form in place: moving focus to its heading makes screen readers announce it.
  const heading = useRef<HTMLHeadingElement>(null);
  const firstStep = useRef(step?.key);
  useEffect(() => {
    if (step?.key !== firstStep.current) heading.current?.focus();
  }, [step?.key]);

  if (state.status === 'checking') return <FullPageLoader />;
  if (state.status === 'signed-in' || !step) return <Navigate to={returnTo} replace />;

  return (
    <Box mih="100vh" bg="gray.0">
      <SignInHeader />
      <Center component="main" px="md" py={48}>
        <Stack w="100%" maw={step.width} gap="lg">
          {state.status === 'signed-out' && state.byUser && <SignedOutNotice />}
          {state.status === 'signed-out' && <ProblemAlert error={state.unconfirmed ?? null} />}
          {state.status === 'signed-out' && state.ended && (
            <Alert color="yellow" variant="light" role="status">
              {t('signIn.sessionEnded')}
            </Alert>
          )}
          {state.status === 'signed-out' && state.stepExpired && (
            <Alert color="yellow" variant="light" role="status">
              {t('signIn.stepExpired')}
            </Alert>
          )}
          <Paper withBorder shadow="xs" p="xl" component="section" aria-labelledby="sign-in-title">
            <Title order={1} id="sign-in-title" fz="h2" ref={heading} tabIndex={-1}>
              {step.title}
            </Title>
            {step.intro && (
              <Text c="dimmed" mt="xs">
                {step.intro}
              </Text>
            )}
            <Box mt="lg">{step.body}</Box>
          </Paper>
          <Text fz="sm" c="dimmed" ta="center" className="enlace-no-print">
            {t('signIn.restricted')}
          </Text>
          <Anchor component={Link} to="/public/statistics" ta="center" fz="sm">
            {t('publicStatistics.title')}
          </Anchor>
        </Stack>
      </Center>
    </Box>
  );
}

type StepText =
  | 'signIn.title'
  | 'signIn.intro'
  | 'secondFactor.title'
  | 'enrolment.title'
  | 'recoveryCodes.title';
/** Only the step texts: the full typed `t` as a parameter makes the compiler's instantiation too deep. */
type Translate = (key: StepText) => string;

/** What the card shows at each point between arriving and being signed in. */
function stepFor(state: SessionState, t: Translate): Step | undefined {
  switch (state.status) {
    case 'checking':
    case 'signed-out':
      return {
        key: 'password',
        title: t('signIn.title'),
        intro: t('signIn.intro'),
        body: <SignInForm />,
        width: 420,
      };
    case 'second-factor':
      return { key: 'second-factor', title: t('secondFactor.title'), body: <SecondFactorForm />, width: 420 };
    case 'enrolment':
      return { key: 'enrolment', title: t('enrolment.title'), body: <EnrolmentStep />, width: 520 };
    case 'recovery-codes':
      return {
        key: 'recovery-codes',
        title: t('recoveryCodes.title'),
        body: <RecoveryCodesStep user={state.user} codes={state.codes} />,
        width: 520,
      };
    case 'signed-in':
      return undefined;
  }
}
