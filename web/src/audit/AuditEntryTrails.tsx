import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AuditEntry } from '../../../src/contracts/audit.ts';
import { caseAuditPath } from './audit-paths.ts';
import { type AuditFilters, NO_FILTERS } from './audit-search.ts';

type AuditEntryTrailsProps = { entry: AuditEntry; onFollow: (filters: AuditFilters) => void };

/**
 * From one entry to everything else its user did, everything else that happened to its record, or the
 * whole trail of its case.
 */
export function AuditEntryTrails({ entry, onFollow }: AuditEntryTrailsProps) {
  const { t } = useTranslation();
  const { actorUserId, recordType, recordId, details } = entry;
  const caseId =
    recordType === 'case' ? recordId : typeof details.caseId === 'string' ? details.caseId : null;
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
      {caseId !== null && (
        <Button variant="light" component={Link} to={caseAuditPath(caseId)}>
          {t('caseAudit.openTrail')}
        </Button>
      )}
    </Group>
  );
}
