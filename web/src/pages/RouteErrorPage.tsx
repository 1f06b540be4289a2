import { Anchor, Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from './usePageTitle.ts';

/** Shown instead of a blank screen when a page fails to render; the error stays in the console. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  usePageTitle(t('routeError.title'));
  return (
    <Container component="main" size="sm" py="xl">
      <Stack gap="md">
        <Title order={1}>{t('routeError.title')}</Title>
        <Text>{t('routeError.detail')}</Text>
        {/* A full page load, because the application state is what failed. */}
        <Anchor href="/">{t('routeError.reload')}</Anchor>
      </Stack>
    </Container>
  );
}
