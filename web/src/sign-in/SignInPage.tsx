import { Box, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { FullPageLoader } from '../pages/FullPageLoader.tsx';
import { usePageTitle } from '../pages/usePageTitle.ts';
import type { ReturnTo } from '../session/RequireSession.tsx';
import { useSession } from '../session/session-context.ts';
import { SignedOutNotice } from './SignedOutNotice.tsx';
import { SignInForm } from './SignInForm.tsx';
import { SignInHeader } from './SignInHeader.tsx';

export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('signIn.title'));
  const { state } = useSession();
  const location = useLocation();
  const returnTo = (location.state as ReturnTo | null)?.returnTo ?? '/';

  if (state.status === 'checking') return <FullPageLoader />;
  if (state.status === 'signed-in') return <Navigate to={returnTo} replace />;

  return (
    <Box mih="100vh" bg="gray.0">
      <SignInHeader />
      <Center component="main" px="md" py={48}>
        <Stack w="100%" maw={420} gap="lg">
          {state.byUser && <SignedOutNotice />}
          <Paper withBorder shadow="xs" p="xl" component="section" aria-labelledby="sign-in-title">
            <Title order={1} id="sign-in-title" fz="h2">
              {t('signIn.title')}
            </Title>
            <Text c="dimmed" mt="xs" mb="lg">
              {t('signIn.intro')}
            </Text>
            <SignInForm />
          </Paper>
          <Text fz="sm" c="dimmed" ta="center">
            {t('signIn.restricted')}
          </Text>
        </Stack>
      </Center>
    </Box>
  );
}
