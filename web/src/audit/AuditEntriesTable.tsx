import { Table, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../src/contracts/audit.ts';
import { AuditEntryRow } from './AuditEntryRow.tsx';

type AuditEntriesTableProps = { entries: AuditEntry[]; onOpen: (entry: AuditEntry) => void };

export function AuditEntriesTable({ entries, onOpen }: AuditEntriesTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={960} type="native">
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Caption>
          <VisuallyHidden>{t('audit.log.caption')}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('audit.log.time')}</Table.Th>
            <Table.Th scope="col">{t('audit.log.action')}</Table.Th>
            <Table.Th scope="col">{t('audit.log.actor')}</Table.Th>
            <Table.Th scope="col">{t('audit.log.record')}</Table.Th>
            <Table.Th scope="col">{t('audit.log.reason')}</Table.Th>
            <Table.Th scope="col">{t('audit.log.chainPosition')}</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t('audit.log.details')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <AuditEntryRow key={entry.id} entry={entry} onOpen={() => onOpen(entry)} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
