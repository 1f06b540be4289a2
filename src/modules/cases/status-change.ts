import type { Role } from '../../platform/access/roles.ts';
import { CASE_STATUSES, type CaseStatus } from './schema.ts';

/** Statuses that record a prosecutorial act; only prosecutors and supervisors enter them. */
const PROSECUTORIAL: readonly CaseStatus[] = ['prosecution', 'trial', 'sentenced'];

export type StatusChangeRefusal = 'status_needs_prosecutor' | 'status_change_needs_reason';

/**
 * Whether `roles` may move a case from `from` to `to`. Forward moves are the normal course of a case
 * (steps may be skipped: a case can close from any status); moving back or reopening a closed case
 * rewrites what statistics already counted, so it needs a written reason.
 */
export function refuseStatusChange(
  from: CaseStatus,
  to: CaseStatus,
  roles: readonly Role[],
  reason: string | undefined,
): StatusChangeRefusal | null {
  if (from === to) return null;
  if (PROSECUTORIAL.includes(to) && !roles.some((role) => role === 'prosecutor' || role === 'supervisor')) {
    return 'status_needs_prosecutor';
  }
  const backwards = CASE_STATUSES.indexOf(to) < CASE_STATUSES.indexOf(from);
  if (backwards && (reason === undefined || reason.trim() === '')) return 'status_change_needs_reason';
  return null;
}
