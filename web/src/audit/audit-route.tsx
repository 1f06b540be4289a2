import type { RouteObject } from 'react-router';
import { AuditLogView } from './AuditLogView.tsx';
import { AuditorOnly } from './AuditorOnly.tsx';
import { AuditPage } from './AuditPage.tsx';
import { AUDIT_PATH } from './audit-paths.ts';
import { SecurityAlertsView } from './SecurityAlertsView.tsx';

/** The audit page and its two views, the log and the security alerts, each with its own address. */
export const auditRoute: RouteObject = {
  path: AUDIT_PATH,
  element: (
    <AuditorOnly>
      <AuditPage />
    </AuditorOnly>
  ),
  children: [
    { index: true, element: <AuditLogView /> },
    { path: 'alerts', element: <SecurityAlertsView /> },
  ],
};
