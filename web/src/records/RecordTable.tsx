import { Table, Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type RecordColumn<R> = { header: string; cell: (record: R) => ReactNode };

type RecordTableProps<R extends { id: string }> = {
  caption: string;
  records: readonly R[];
  columns: readonly RecordColumn<R>[];
  /** Buttons for one record; the column exists only when some record has them. */
  actions?: (record: R) => ReactNode;
};

/** One kind of case record as a table, or a short sentence when there is none. */
export function RecordTable<R extends { id: string }>({
  caption,
  records,
  columns,
  actions,
}: RecordTableProps<R>) {
  const { t } = useTranslation();
  if (records.length === 0) {
    return (
      <Text c="dimmed" fz="sm">
        {t('cases.records.none', { what: caption })}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={640} type="native">
      <Table verticalSpacing="xs">
        <Table.Caption>
          <VisuallyHidden>{caption}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.header} scope="col">
                {column.header}
              </Table.Th>
            ))}
            {actions && (
              <Table.Th scope="col">
                <VisuallyHidden>{t('cases.records.actions')}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {records.map((record) => (
            <Table.Tr key={record.id}>
              {columns.map((column) => (
                <Table.Td key={column.header}>{column.cell(record)}</Table.Td>
              ))}
              {actions && <Table.Td>{actions(record)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
