import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../src/contracts/audit.ts';
import { type AuditFilters, NO_FILTERS } from './audit-search.ts';

type AuditEntryTrailsProps = { entry: AuditEntry; onFollow: (filters: AuditFilters) => void };

/** From one entry to everything else its user did, or everything else that happened to its record. */
export function AuditEntryTrails({ entry, onFollow }: AuditEntryTrailsProps) {
  const { t } = useTranslation();
  const { actorUserId, recordType, recordId } = entry;
  if (actorUserId === null && recordId === null) return null;
  return (
    <Group>
      {actorUserId !== null && (
        <Button variant="light" onClick={() => onFollow({ ...NO_FILTERS, actorUserId })}>
          {t('audit.entry.followActor')}
        </Button>
      )}
      {recordId !== null && (
        <Button
          variant="light"
          onClick={() => onFollow({ ...NO_FILTERS, recordType: recordType ?? '', recordId })}
        >
          {t('audit.entry.followRecord')}
        </Button>
      )}
    </Group>
  );
}
