import type { ReferralView } from '../api/referrals.ts';

type Move = Exclude<ReferralView['status'], 'proposed'>;

/** The buttons each side sees; the API decides again (lifecycle.ts) and refuses anything else. */
export function movesFor(referral: ReferralView): Move[] {
  const incoming = referral.direction === 'incoming';
  switch (referral.status) {
    case 'proposed':
      return incoming ? [] : ['sent', 'withdrawn'];
    case 'sent':
      return incoming ? ['accepted', 'declined'] : ['withdrawn'];
    case 'accepted':
      return incoming ? ['started', 'survivor_declined'] : ['withdrawn', 'survivor_declined'];
    case 'started':
      return incoming ? ['completed', 'survivor_declined'] : ['withdrawn', 'survivor_declined'];
    default:
      return [];
  }
}

export const NEEDS_REASON: readonly Move[] = ['declined', 'withdrawn', 'survivor_declined'];
export type { Move };
