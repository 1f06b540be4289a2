import { type CaseAuditTrail, caseAuditTrail } from '../../../src/modules/case-audit/contract.ts';
import { requestJson } from './client.ts';

export type { CaseAuditEntry, CaseAuditTrail } from '../../../src/modules/case-audit/contract.ts';

/** One page, newest first; `before` is the previous page's `nextBefore`. Answers 404 to those not allowed. */
export function fetchCaseAuditTrail(caseId: string, before?: string): Promise<CaseAuditTrail> {
  const query = before === undefined ? '' : `?before=${encodeURIComponent(before)}`;
  return requestJson({ path: `/api/v1/cases/${encodeURIComponent(caseId)}/audit${query}` }, caseAuditTrail);
}
