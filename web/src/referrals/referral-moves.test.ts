import { describe, expect, it } from 'vitest';
import { mayMove } from '../../../src/modules/referrals/lifecycle.ts';
import { REFERRAL_STATUSES } from '../../../src/modules/referrals/vocabulary.ts';
import type { ReferralView } from '../api/referrals.ts';
import { movesFor } from './referral-moves.ts';

describe('the buttons each side sees', () => {
  it('offer only moves the API allows that side', () => {
    for (const status of REFERRAL_STATUSES)
      for (const direction of ['incoming', 'outgoing'] as const) {
        const side = direction === 'incoming' ? 'provider' : 'sender';
        for (const move of movesFor({ status, direction } as ReferralView))
          expect(mayMove(status, move, [side]), `${direction} ${status} → ${move}`).toBe(true);
      }
  });

  it('let the provider accept what it was sent, and nothing once it is finished', () => {
    expect(movesFor({ status: 'sent', direction: 'incoming' } as ReferralView)).toEqual([
      'accepted',
      'declined',
    ]);
    expect(movesFor({ status: 'completed', direction: 'incoming' } as ReferralView)).toEqual([]);
  });
});
