import { Anchor, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PublicRelease, PublishedIndicator } from '../../../src/contracts/publication.ts';
import { REPORT_SECTIONS } from '../../../src/contracts/statistics.ts';
import { DateTime } from '../i18n/DateTime.tsx';
import { type FigureTexts, figureText } from './figure-text.ts';
import { openDataPath } from './public-statistics-api.ts';

export function ReleaseView({ release }: { release: PublicRelease }) {
  const { t } = useTranslation();
  const { threshold, epsilon, privacyBudget } = release.disclosure;
  const texts: FigureTexts = {
    suppressed: t('publicStatistics.suppressed'),
    noData: t('publicStatistics.noData'),
    atLeast: (value) => t('publicStatistics.atLeast', { value }),
    approximate: (value) => t('publicStatistics.approximate', { value }),
  };
  return (
    <Stack gap="lg" component="section" aria-labelledby="release-title">
      <div>
        <Title order={2} id="release-title">
          {t('publicStatistics.yearTitle', { year: release.year })}
        </Title>
        <Text mt="xs">
          {t('publicStatistics.publishedBy', { publisher: release.publisher })} ·{' '}
          {t('publicStatistics.releasedOn')} <DateTime iso={release.releasedAt} />
        </Text>
      </div>
      <Paper withBorder p="md" component="section" aria-labelledby="disclosure-title">
        <Title order={3} fz="h4" id="disclosure-title">
          {t('publicStatistics.disclosureTitle')}
        </Title>
        <Text mt="xs">{t('publicStatistics.threshold', { threshold, last: threshold - 1 })}</Text>
        {epsilon !== null && (
          <Text mt="xs">{t('publicStatistics.noise', { epsilon, budget: privacyBudget })}</Text>
        )}
        <Group mt="md" gap="lg">
          <Text fw={600}>{t('publicStatistics.downloads')}:</Text>
          <Anchor href={openDataPath(release.year, 'csv')} download>
            {t('publicStatistics.downloadCsv')}
          </Anchor>
          <Anchor href={openDataPath(release.year, 'json')} download>
            {t('publicStatistics.downloadJson')}
          </Anchor>
        </Group>
      </Paper>
      {REPORT_SECTIONS.map((section) => {
        const indicators = release.indicators.filter((indicator) => indicator.section === section);
        if (indicators.length === 0) return null;
        return (
          <Stack key={section} gap="md" component="section" aria-labelledby={`section-${section}`}>
            <Title order={3} id={`section-${section}`}>
              {t(`publicStatistics.sections.${section}`)}
            </Title>
            {indicators.map((indicator) => (
              <IndicatorCard key={indicator.code} indicator={indicator} texts={texts} threshold={threshold} />
            ))}
          </Stack>
        );
      })}
    </Stack>
  );
}

type CardProps = { indicator: PublishedIndicator; texts: FigureTexts; threshold: number };

function IndicatorCard({ indicator, texts, threshold }: CardProps) {
  const { t } = useTranslation();
  const { provenance, distribution } = indicator;
  const headingId = `indicator-${indicator.code.replaceAll('.', '-')}`;
  const shown = (value: number | null, suppressed: boolean) =>
    figureText({ value, suppressed, noisy: indicator.noisy, atLeast: false }, texts);
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={headingId}>
      <Group justify="space-between" align="baseline">
        <Title order={4} id={headingId} ff="monospace" fz="md">
          {indicator.code}
        </Title>
        <Text fz="xl" fw={700} data-testid="indicator-value">
          {figureText({ ...indicator, atLeast: provenance.atLeast }, texts)}
          {indicator.value !== null && (
            <Text span fz="sm" fw={400} c="dimmed" ml={6}>
              {t(`publicStatistics.units.${indicator.unit}`)}
            </Text>
          )}
        </Text>
      </Group>
      {indicator.suppressed && (
        <Text fz="sm" c="dimmed">
          {t('publicStatistics.suppressedNote', { threshold })}
        </Text>
      )}
      {distribution && (
        <Text fz="sm" mt="xs">
          {distribution.suppressed
            ? t('publicStatistics.distributionSuppressed')
            : t('publicStatistics.distribution', distribution)}
        </Text>
      )}
      {indicator.breakdowns.map((breakdown) => (
        <Table key={breakdown.dimension} mt="md" verticalSpacing={4} maw={520} captionSide="top">
          <Table.Caption ta="left" fw={600} c="dark">
            {t(`publicStatistics.dimensions.${breakdown.dimension}`)}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('publicStatistics.category')}</Table.Th>
              <Table.Th scope="col">{t('publicStatistics.value')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {breakdown.cells.map((cell) => (
              <Table.Tr key={cell.key}>
                <Table.Td ff="monospace">{cell.key}</Table.Td>
                <Table.Td>{shown(cell.value, cell.suppressed)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ))}
      <Text fz="sm" fw={600} mt="md">
        {t('publicStatistics.agencies')}
      </Text>
      <List fz="sm">
        {provenance.agencies.map((agency, index) => (
          // Two agencies may share a displayed name; their order is the release's own.
          // biome-ignore lint/suspicious/noArrayIndexKey: the list never reorders.
          <List.Item key={index}>
            {agency.agencyName}:{' '}
            {agency.suppressed || agency.records === null
              ? shown(agency.records, agency.suppressed)
              : t('publicStatistics.records', { value: shown(agency.records, false) })}
          </List.Item>
        ))}
      </List>
      <Text fz="sm" c="dimmed" mt="xs">
        {provenance.deduplicated && `${t('publicStatistics.deduplicated')} `}
        {t('publicStatistics.completeness', { percent: Math.round(provenance.completeness * 100) })}
      </Text>
    </Paper>
  );
}
