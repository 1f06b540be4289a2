import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SecurityAlert } from '../api/audit.ts';
import { AUDIT_PATH } from './audit-paths.ts';
import { NO_FILTERS, searchFrom } from './audit-search.ts';

/** An alert is where an inquiry starts: the log of what its user did, and of what happened to its case. */
export function AlertTrails({ alert }: { alert: SecurityAlert }) {
  const { t } = useTranslation();
  const userTrail = searchFrom({ ...NO_FILTERS, actorUserId: alert.subjectUserId });
  const { targetUserId } = alert.details;
  return (
    <Group mt="md" gap="lg">
      <Anchor component={Link} to={`${AUDIT_PATH}?${userTrail}`}>
        {t('audit.alerts.userTrail')}
      </Anchor>
      {alert.caseId && (
        <Anchor
          component={Link}
          to={`${AUDIT_PATH}?${searchFrom({ ...NO_FILTERS, recordType: 'case', recordId: alert.caseId })}`}
        >
          {t('audit.alerts.caseTrail')}
        </Anchor>
      )}
      {typeof targetUserId === 'string' && (
        <Anchor
          component={Link}
          to={`${AUDIT_PATH}?${searchFrom({ ...NO_FILTERS, recordType: 'user', recordId: targetUserId })}`}
        >
          {t('audit.alerts.accountTrail')}
        </Anchor>
      )}
    </Group>
  );
}
