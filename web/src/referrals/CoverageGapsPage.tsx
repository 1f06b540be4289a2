import { Loader, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { fetchCoverageGaps } from '../api/referrals.ts';
import { useApiQuery } from '../api/useApiQuery.ts';
import { placeLabel } from '../cases/state-options.ts';
import { StateTileMap } from '../maps/StateTileMap.tsx';
import { PageHeading } from '../pages/PageHeading.tsx';
import { unmetByState } from './coverage-map.ts';

/** The country's unmet need for services, as the annual report counts it; small cells stay hidden. */
export function CoverageGapsPage() {
  const { t } = useTranslation();
  const report = useApiQuery(fetchCoverageGaps, null);
  return (
    <Stack gap="xl">
      <PageHeading title={t('referrals.gaps.title')} description={t('referrals.gaps.intro')} />
      {report.status === 'loading' && <Loader role="status" aria-label={t('loading')} />}
      {report.status === 'failed' && <ProblemAlert error={report.error} />}
      {report.status === 'loaded' && (
        <>
          <Text>{t('referrals.gaps.total', { count: report.data.total })}</Text>
          <Stack component="section" aria-labelledby="gaps-map-heading" gap="xs">
            <Title id="gaps-map-heading" order={2} fz="h4">
              {t('referrals.gaps.mapTitle')}
            </Title>
            <Text c="dimmed" fz="sm">
              {t('referrals.gaps.mapIntro')}
            </Text>
            <StateTileMap
              values={unmetByState(report.data.rows)}
              title={t('referrals.gaps.mapTitle')}
              suppressedMark={t('referrals.gaps.suppressedMark')}
              describe={(state, value) =>
                value === null
                  ? t('referrals.gaps.mapNone', { state })
                  : value === 'suppressed'
                    ? t('referrals.gaps.mapSuppressed', { state })
                    : t('referrals.gaps.mapCount', { state, count: value })
              }
            />
          </Stack>
          {report.data.rows.length === 0 ? (
            <Text c="dimmed">{t('referrals.gaps.empty')}</Text>
          ) : (
            <Paper withBorder>
              <Table.ScrollContainer minWidth={700} type="native">
                <Table verticalSpacing="sm">
                  <Table.Caption>
                    <VisuallyHidden>{t('referrals.gaps.title')}</VisuallyHidden>
                  </Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('referrals.gaps.state')}</Table.Th>
                      <Table.Th scope="col">{t('referrals.gaps.population')}</Table.Th>
                      <Table.Th scope="col">{t('referrals.gaps.serviceType')}</Table.Th>
                      <Table.Th scope="col">{t('referrals.gaps.unmet')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {report.data.rows.map((row) => (
                      <Table.Tr key={`${row.state}-${row.population}-${row.serviceType}`}>
                        <Table.Td>
                          {row.state ? placeLabel(row.state, null) : t('referrals.gaps.noState')}
                        </Table.Td>
                        <Table.Td>{t(`referrals.gaps.populations.${row.population}`)}</Table.Td>
                        <Table.Td>{t(`referrals.serviceTypes.${row.serviceType}`)}</Table.Td>
                        <Table.Td>{row.unmet ?? t('referrals.gaps.suppressed')}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Paper>
          )}
        </>
      )}
    </Stack>
  );
}
