import type { CaseShare } from '../api/cases.ts';

export type ShareStatus = 'active' | 'expired' | 'revoked';

/** Whether a share still lets its agency in, as the server decides it: not revoked and not past its expiry. */
export function shareStatus(share: CaseShare, now: Date): ShareStatus {
  if (share.revokedAt !== null) return 'revoked';
  if (share.expiresAt !== null && new Date(share.expiresAt) <= now) return 'expired';
  return 'active';
}

/** Active shares first, each group newest first as the server sends them. */
export function activeFirst(shares: readonly CaseShare[], now: Date): CaseShare[] {
  const active = shares.filter((share) => shareStatus(share, now) === 'active');
  return [...active, ...shares.filter((share) => !active.includes(share))];
}
