import { Anchor, Group, List, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { IndicatorFigure } from '../../../src/contracts/statistics.ts';
import { figureRecordsPath, isTraceable } from './report-paths.ts';

const percent = (share: number) => Math.round(share * 100);

/** One figure with its breakdowns and where its numbers come from; traceable ones link to their records. */
export function FigureCard({
  figure,
  name,
  definition,
}: {
  figure: IndicatorFigure;
  name: string;
  definition: string;
}) {
  const { t } = useTranslation();
  const { provenance, distribution } = figure;
  const headingId = `figure-${figure.code.replaceAll('.', '-')}`;
  const traceable = isTraceable(figure.code);
  const value =
    figure.value === null
      ? t('publicStatistics.noData')
      : provenance.atLeast
        ? t('publicStatistics.atLeast', { value: figure.value })
        : String(figure.value);
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={headingId}>
      <Group justify="space-between" align="baseline" wrap="nowrap">
        <div>
          <Title order={3} fz="h4" id={headingId}>
            {name}
          </Title>
          <Text size="sm" c="dimmed">
            {definition}
          </Text>
        </div>
        <Text fz="xl" fw={700} data-testid="figure-value">
          {value}
          {figure.value !== null && (
            <Text span fz="sm" fw={400} c="dimmed" ml={6}>
              {t(`publicStatistics.units.${figure.unit}`)}
            </Text>
          )}
        </Text>
      </Group>
      {traceable && (
        <Anchor
          component={Link}
          to={figureRecordsPath(figure.year, figure.code)}
          size="sm"
          aria-label={t('reports.records.viewFigure', { indicator: name })}
        >
          {t('reports.records.view')}
        </Anchor>
      )}
      {distribution && distribution.count > 0 && (
        <Text fz="sm" mt="xs">
          {t('publicStatistics.distribution', distribution)}
        </Text>
      )}
      {figure.breakdowns
        .filter((breakdown) => breakdown.cells.length > 0)
        .map((breakdown) => (
          <Table key={breakdown.dimension} mt="md" verticalSpacing={4} maw={640} captionSide="top">
            <Table.Caption ta="left" fw={600} c="dark">
              {t(`publicStatistics.dimensions.${breakdown.dimension}`)}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('publicStatistics.category')}</Table.Th>
                <Table.Th scope="col">{t('publicStatistics.value')}</Table.Th>
                {traceable && <Table.Th scope="col">{t('reports.records.column')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {breakdown.cells.map((cell) => (
                <Table.Tr key={cell.key}>
                  <Table.Td ff="monospace">{cell.key}</Table.Td>
                  <Table.Td>{cell.value}</Table.Td>
                  {traceable && (
                    <Table.Td>
                      <Anchor
                        component={Link}
                        size="sm"
                        to={figureRecordsPath(figure.year, figure.code, {
                          dimension: breakdown.dimension,
                          cell: cell.key,
                        })}
                        aria-label={t('reports.records.viewCell', {
                          indicator: name,
                          cell: `${t(`publicStatistics.dimensions.${breakdown.dimension}`)} ${cell.key}`,
                        })}
                      >
                        {t('reports.records.short')}
                      </Anchor>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ))}
      <Text fz="sm" fw={600} mt="md">
        {t('publicStatistics.agencies')}
      </Text>
      {provenance.agencies.length === 0 ? (
        <Text fz="sm" c="dimmed">
          {t('reports.figures.noAgencies')}
        </Text>
      ) : (
        <List fz="sm">
          {provenance.agencies.map((agency) => (
            <List.Item key={agency.agencyId}>
              {t('reports.figures.agency', {
                agency: agency.agencyName,
                records: agency.records,
                percent: percent(agency.completeness),
              })}
            </List.Item>
          ))}
        </List>
      )}
      <Text fz="sm" c="dimmed" mt="xs">
        {provenance.deduplicated && `${t('publicStatistics.deduplicated')} `}
        {t('publicStatistics.completeness', { percent: percent(provenance.completeness) })}
        {provenance.atLeast && ` ${t('reports.figures.atLeastNote')}`}
        {provenance.excludedByConsent > 0 &&
          ` ${t('reports.figures.excludedByConsent', { total: provenance.excludedByConsent })}`}
      </Text>
    </Paper>
  );
}
