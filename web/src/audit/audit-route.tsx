import type { RouteObject } from 'react-router';
import { CaseAuditView } from '../case-audit/CaseAuditView.tsx';
import { AuditLogView } from './AuditLogView.tsx';
import { AuditorOnly } from './AuditorOnly.tsx';
import { AuditPage } from './AuditPage.tsx';
import { AUDIT_PATH } from './audit-paths.ts';
import { SecurityAlertsView } from './SecurityAlertsView.tsx';

/** The audit page and its views (the log, a case's trail, the security alerts), each with its own address. */
export const auditRoute: RouteObject = {
  path: AUDIT_PATH,
  element: (
    <AuditorOnly>
      <AuditPage />
    </AuditorOnly>
  ),
  children: [
    { index: true, element: <AuditLogView /> },
    { path: 'cases/:caseId', element: <CaseAuditView /> },
    { path: 'alerts', element: <SecurityAlertsView /> },
  ],
};
