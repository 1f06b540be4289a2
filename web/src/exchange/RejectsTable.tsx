import { Paper, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProblemReject } from '../../../src/contracts/system.ts';
import type { ExchangeFormat } from '../api/exchange.ts';

/**
 * Every rejected line (bundle) or row (CSV, the header being row 1): where it is and why, never the
 * rejected value. A CSV reject names the column the value came from.
 */
export function RejectsTable({
  rejects,
  format,
}: {
  rejects: readonly ProblemReject[];
  format: ExchangeFormat;
}) {
  const { t } = useTranslation();
  const csv = format === 'htcds-csv';
  const caption = csv
    ? t('exchange.import.rowsCaption', { count: rejects.length })
    : t('exchange.import.rejectsCaption', { count: rejects.length });
  return (
    <Paper withBorder>
      <Table striped>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{csv ? t('exchange.import.row') : t('exchange.import.line')}</Table.Th>
            <Table.Th scope="col">{t('exchange.import.recordId')}</Table.Th>
            <Table.Th scope="col">{csv ? t('exchange.import.column') : t('exchange.import.field')}</Table.Th>
            <Table.Th scope="col">{t('exchange.import.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rejects.map((reject) => (
            <Table.Tr key={`${reject.line}:${reject.field}:${reject.message}`}>
              <Table.Td>{reject.line}</Table.Td>
              <Table.Td>{reject.id ?? '—'}</Table.Td>
              <Table.Td>{reject.field || '—'}</Table.Td>
              <Table.Td>{reject.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
