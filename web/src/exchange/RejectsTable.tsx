import { Paper, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProblemReject } from '../../../src/contracts/system.ts';

/** Every rejected line: where it is and why, never the rejected value. */
export function RejectsTable({ rejects }: { rejects: readonly ProblemReject[] }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder>
      <Table striped>
        <Table.Caption>{t('exchange.import.rejectsCaption', { count: rejects.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('exchange.import.line')}</Table.Th>
            <Table.Th scope="col">{t('exchange.import.recordId')}</Table.Th>
            <Table.Th scope="col">{t('exchange.import.field')}</Table.Th>
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
