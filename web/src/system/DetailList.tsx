import { Table } from '@mantine/core';

type Detail = { label: string; value: string };

/** Label–value pairs as a two-column table with row headers, which screen readers read in pairs. */
export function DetailList({ details }: { details: Detail[] }) {
  return (
    <Table variant="vertical" layout="fixed" withTableBorder={false}>
      <Table.Tbody>
        {details.map(({ label, value }) => (
          <Table.Tr key={label}>
            <Table.Th w={{ base: '45%', sm: 240 }} scope="row">
              {label}
            </Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
