export const AUDIT_PATH = '/audit';
export const ALERTS_PATH = '/audit/alerts';
export const caseAuditPath = (caseId: string) => `/audit/cases/${caseId}`;
