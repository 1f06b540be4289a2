import { Anchor, Paper, Table, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';

/** A link at the end of a row, or null where the row has none. */
export type RowLink = { to: string; label: string; accessibleLabel: string } | null;

/**
 * A table of the report's text rows, with its caption for screen readers; `links` (one per row) adds a
 * last column headed `linkColumn`.
 */
export function ReportTable({
  caption,
  columns,
  rows,
  links,
  linkColumn,
}: {
  caption: string;
  columns: string[];
  rows: string[][];
  links?: RowLink[];
  linkColumn?: string;
}) {
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={800} type="native">
        <Table verticalSpacing="xs" fz="sm">
          <Table.Caption>
            <VisuallyHidden>{caption}</VisuallyHidden>
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) => (
                <Table.Th key={column} scope="col">
                  {column}
                </Table.Th>
              ))}
              {links && <Table.Th scope="col">{linkColumn}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row, rowIndex) => {
              const link = links?.[rowIndex] ?? null;
              return (
                <Table.Tr key={row.join('|')}>
                  {row.map((cell, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: a row's cells are positional columns.
                    <Table.Td key={index}>{cell}</Table.Td>
                  ))}
                  {links && (
                    <Table.Td>
                      {link && (
                        <Anchor component={Link} to={link.to} aria-label={link.accessibleLabel}>
                          {link.label}
                        </Anchor>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
