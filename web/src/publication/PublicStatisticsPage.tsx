import { Anchor, Box, Container, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { useApiQuery } from '../api/useApiQuery.ts';
import { usePageTitle } from '../pages/usePageTitle.ts';
import { SignInHeader } from '../sign-in/SignInHeader.tsx';
import { fetchPublicRelease, fetchPublicReleases } from './public-statistics-api.ts';
import { ReleaseView } from './ReleaseView.tsx';

/**
 * The country's released statistics, for anyone: no session is needed or asked for. The page shows only
 * what the commission approved, as it was stored; it never asks for a computation.
 */
export function PublicStatisticsPage() {
  const { t } = useTranslation();
  usePageTitle(t('publicStatistics.title'));
  const { year } = useParams();
  const releases = useApiQuery(fetchPublicReleases, null);
  const years = releases.status === 'loaded' ? releases.data.releases.map((release) => release.year) : [];
  const shown = year === undefined ? years[0] : Number(year);
  return (
    <Box mih="100vh" bg="gray.0">
      <SignInHeader />
      <Container component="main" size="lg" py="xl">
        <Stack gap="xl">
          <Group justify="space-between" align="flex-start">
            <header>
              <Title order={1} fz="h2">
                {t('publicStatistics.title')}
              </Title>
              <Text c="dimmed" mt="xs" maw={720}>
                {t('publicStatistics.intro')}
              </Text>
            </header>
            <Anchor component={Link} to="/sign-in">
              {t('publicStatistics.signIn')}
            </Anchor>
          </Group>
          {releases.status === 'loading' && <Loader role="status" aria-label={t('loading')} />}
          {releases.status === 'failed' && <ProblemAlert error={releases.error} />}
          {releases.status === 'loaded' && years.length === 0 && <Text>{t('publicStatistics.none')}</Text>}
          {years.length > 0 && (
            <Group component="nav" aria-label={t('publicStatistics.years')} gap="md">
              {years.map((released) => (
                <Anchor
                  key={released}
                  component={Link}
                  to={`/public/statistics/${released}`}
                  aria-current={released === shown ? 'page' : undefined}
                  fw={released === shown ? 700 : 400}
                >
                  {released}
                </Anchor>
              ))}
            </Group>
          )}
          {shown !== undefined && Number.isInteger(shown) && <YearRelease year={shown} />}
        </Stack>
      </Container>
    </Box>
  );
}

function YearRelease({ year }: { year: number }) {
  const { t } = useTranslation();
  const read = useCallback(() => fetchPublicRelease(year), [year]);
  const release = useApiQuery(read, year);
  if (release.status === 'loading') return <Loader role="status" aria-label={t('loading')} />;
  if (release.status === 'failed') return <ProblemAlert error={release.error} />;
  return <ReleaseView release={release.data} />;
}
