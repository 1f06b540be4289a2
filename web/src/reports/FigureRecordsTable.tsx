import { Anchor, Paper, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { IndicatorSource } from '../../../src/modules/statistics/indicators.ts';
import type { FigureTrace } from '../api/statistics.ts';
import { casePath } from '../cases/case-search.ts';

type TraceItem = FigureTrace['items'][number];
type Column = { header: string; cell: (item: TraceItem) => ReactNode };

type Props = {
  items: TraceItem[];
  caption: string;
  source: IndicatorSource;
  measure: FigureTrace['measure'];
};

function CaseReference({ item }: { item: TraceItem }) {
  if (item.caseId === null || !item.opensCase) return item.caseReference;
  return (
    <Anchor component={Link} to={casePath(item.caseId)}>
      {item.caseReference}
    </Anchor>
  );
}

/**
 * The records behind a figure, with the columns their kind calls for: a case-count figure's records by
 * type, the convictions behind sentence lengths with their terms, the cases behind the time to
 * jurisdiction with their decision and days, and prevention activities with what they reached.
 */
export function FigureRecordsTable({ items, caption, source, measure }: Props) {
  const { t } = useTranslation();
  if (items.length === 0) return <Text c="dimmed">{t('reports.records.none')}</Text>;
  const reference: Column = {
    header: t('reports.records.reference'),
    cell: (item) => <CaseReference item={item} />,
  };
  const agency: Column = { header: t('reports.records.agency'), cell: (item) => item.agencyCode };
  const dated = (header: string): Column => ({ header, cell: (item) => item.recordedOn });
  const measured = (missing: string): Column => ({
    header: measure ? t(`reports.records.measures.${measure}`) : '',
    cell: (item) => item.measure ?? <Text c="dimmed">{missing}</Text>,
  });
  const columns: Record<IndicatorSource, Column[]> = {
    cells: [
      reference,
      {
        header: t('reports.records.recordType'),
        cell: (item) => t(`reports.records.types.${item.recordType}`),
      },
      agency,
      dated(t('reports.records.date')),
    ],
    sentences: [
      reference,
      agency,
      dated(t('reports.records.verdictDate')),
      measured(t('reports.records.sentenceMissing')),
    ],
    jurisdiction: [
      reference,
      agency,
      dated(t('reports.records.openedOn')),
      {
        header: t('reports.records.decision'),
        cell: (item) => item.jurisdiction && t(`reports.records.decisions.${item.jurisdiction}`),
      },
      measured(t('reports.records.decisionMissing')),
    ],
    prevention: [
      dated(t('reports.records.heldOn')),
      agency,
      {
        header: t('reports.records.activityType'),
        cell: (item) => item.activity && t(`reports.records.activityTypes.${item.activity.activityType}`),
      },
      {
        header: t('reports.records.audience'),
        cell: (item) => item.activity && t(`reports.records.audiences.${item.activity.audience}`),
      },
      {
        header: t('reports.records.state'),
        cell: (item) => item.activity?.stateCode ?? t('reports.records.nationwide'),
      },
      {
        header: t('reports.records.languages'),
        cell: (item) =>
          item.activity?.languages
            .map((language) => t(`reports.records.languageNames.${language}`))
            .join(', '),
      },
      {
        header: t('reports.records.measures.people_reached'),
        cell: (item) => item.activity?.peopleReached,
      },
    ],
  };
  const shown = columns[source];
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={640} type="native">
        <Table verticalSpacing="xs" captionSide="top">
          <Table.Caption ta="left" fw={600} c="dark" px="sm">
            {caption}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {shown.map((column) => (
                <Table.Th scope="col" key={column.header}>
                  {column.header}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item, index) => (
              // A case may stand behind several records of one figure.
              // biome-ignore lint/suspicious/noArrayIndexKey: pages only ever append.
              <Table.Tr key={`${item.caseId ?? item.recordType}-${index}`}>
                {shown.map((column) => (
                  <Table.Td key={column.header} ff={column === reference ? 'monospace' : undefined}>
                    {column.cell(item)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
