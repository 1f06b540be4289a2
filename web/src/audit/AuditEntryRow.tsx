import { Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../src/contracts/audit.ts';
import { DateTime } from '../i18n/DateTime.tsx';
import { ActionLabel } from './ActionLabel.tsx';
import { ActorSummary } from './ActorSummary.tsx';
import { ChainPosition } from './ChainPosition.tsx';
import { NoValue } from './NoValue.tsx';
import { RecordSummary } from './RecordSummary.tsx';

export function AuditEntryRow({ entry, onOpen }: { entry: AuditEntry; onOpen: () => void }) {
  const { t } = useTranslation();
  return (
    <Table.Tr>
      <Table.Td fz="sm">
        <DateTime iso={entry.occurredAt} />
      </Table.Td>
      <Table.Td>
        <ActionLabel code={entry.action} />
      </Table.Td>
      <Table.Td>
        <ActorSummary userId={entry.actorUserId} agencyId={entry.actorAgencyId} roles={entry.actorRoles} />
      </Table.Td>
      <Table.Td>
        <RecordSummary type={entry.recordType} id={entry.recordId} />
      </Table.Td>
      <Table.Td maw={240}>
        {entry.reason ? (
          <Text fz="sm" lineClamp={2}>
            {entry.reason}
          </Text>
        ) : (
          <NoValue />
        )}
      </Table.Td>
      <Table.Td>
        <ChainPosition position={entry.chainPosition} />
      </Table.Td>
      <Table.Td>
        <Button
          variant="subtle"
          size="compact-sm"
          onClick={onOpen}
          aria-label={t('audit.log.openEntry', { id: entry.id })}
        >
          {t('audit.log.details')}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}
