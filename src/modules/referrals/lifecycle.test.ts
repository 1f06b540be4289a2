import { describe, expect, it } from 'vitest';
import { mayMove } from './lifecycle.ts';
import { REFERRAL_STATUSES } from './vocabulary.ts';

describe('referral lifecycle', () => {
  it.each([
    ['proposed', 'sent', 'sender', true],
    ['proposed', 'sent', 'provider', false],
    ['sent', 'accepted', 'provider', true],
    ['sent', 'accepted', 'sender', false],
    ['sent', 'declined', 'provider', true],
    ['sent', 'withdrawn', 'sender', true],
    ['sent', 'completed', 'provider', false],
    ['accepted', 'accepted', 'provider', false],
    ['accepted', 'started', 'provider', true],
    ['accepted', 'survivor_declined', 'sender', true],
    ['accepted', 'survivor_declined', 'provider', true],
    ['started', 'completed', 'provider', true],
    ['started', 'withdrawn', 'sender', true],
    ['declined', 'accepted', 'provider', false],
  ] as const)('%s → %s by the %s: %s', (from, to, side, allowed) => {
    expect(mayMove(from, to, [side])).toBe(allowed);
  });

  it('never moves a finished referral', () => {
    for (const from of ['declined', 'completed', 'withdrawn', 'survivor_declined'] as const)
      for (const to of REFERRAL_STATUSES) expect(mayMove(from, to, ['sender', 'provider'])).toBe(false);
  });
});
