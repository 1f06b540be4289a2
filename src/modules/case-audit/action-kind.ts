/**
 * What a person reading a case's trail looks for first: who saw a survivor's identity, who broke the
 * glass, what left the system (exports, shares, transfers, referrals), what was read and what changed.
 */
export const CASE_AUDIT_KINDS = ['break_glass', 'identity', 'export', 'share', 'read', 'change'] as const;
export type CaseAuditKind = (typeof CASE_AUDIT_KINDS)[number];

const SHARES = /^(case\.share|case\.share_revoke|case\.transfer_[a-z_]+|referral\.[a-z_]+)$/;
const READS = /\.(read|download|audit_read)$/;

export function caseAuditKind(action: string): CaseAuditKind {
  if (action === 'case.break_glass') return 'break_glass';
  if (action === 'identity.read') return 'identity';
  if (action === 'case.export') return 'export';
  if (SHARES.test(action)) return 'share';
  if (READS.test(action)) return 'read';
  return 'change';
}
