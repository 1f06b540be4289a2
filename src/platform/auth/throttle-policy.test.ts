import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_FAILURE_CAP,
  assessAttempt,
  type Counter,
  type Counters,
  forgottenBefore,
  knownAddressSince,
  NO_FAILURES,
  standing,
  type ThrottleScope,
  waitAfter,
} from './throttle-policy.ts';

const NOW = new Date('2026-03-02T10:00:00Z');
const secondsFromNow = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);
const failed = (failures: number, blockedFor = 0, idleSeconds = 1): Counter => ({
  failures,
  lastFailureAt: secondsFromNow(-idleSeconds),
  blockedUntil: blockedFor > 0 ? secondsFromNow(blockedFor) : null,
});
const counters = (overrides: Partial<Counters> = {}): Counters => ({
  pair: NO_FAILURES,
  address: NO_FAILURES,
  account: NO_FAILURES,
  ...overrides,
});

describe('waits after consecutive failures', () => {
  it.each<[ThrottleScope, number, number]>([
    ['pair', 1, 0],
    ['pair', 5, 0],
    ['pair', 6, 30],
    ['pair', 7, 60],
    ['pair', 8, 120],
    ['pair', 9, 240],
    ['pair', 10, 480],
    ['pair', 11, 900],
    ['pair', 50, 900],
    ['address', 20, 0],
    ['address', 21, 5],
    ['address', 22, 10],
    ['address', 26, 160],
    ['address', 27, 300],
    ['address', 1000, 300],
    ['account', 10, 0],
    ['account', 11, 15],
    ['account', 12, 30],
    ['account', 16, 480],
    ['account', 17, 900],
    ['account', 99, 900],
  ])('%s after failure %i: %i s', (scope, failures, seconds) => {
    expect(waitAfter(scope, failures)).toBe(seconds);
  });
});

describe('counters', () => {
  it('forget a pair or an address after 24 idle hours, never an account', () => {
    const dayOld = failed(8, 0, 24 * 3600 + 1);
    expect(standing('pair', dayOld, NOW)).toEqual(NO_FAILURES);
    expect(standing('address', dayOld, NOW)).toEqual(NO_FAILURES);
    expect(standing('account', dayOld, NOW)).toEqual(dayOld);
    expect(standing('pair', failed(8, 0, 3600), NOW).failures).toBe(8);
  });

  it('are forgotten from the instant the purge may delete them, and only then', () => {
    const edge = forgottenBefore('pair', NOW)!;
    expect(edge).toEqual(secondsFromNow(-24 * 3600));
    expect(forgottenBefore('address', NOW)).toEqual(edge);
    expect(forgottenBefore('account', NOW)).toBeNull();
    const atEdge = { failures: 8, lastFailureAt: edge, blockedUntil: null };
    expect(standing('pair', atEdge, NOW)).toEqual(atEdge);
    const pastEdge = { ...atEdge, lastFailureAt: new Date(edge.getTime() - 1) };
    expect(standing('pair', pastEdge, NOW)).toEqual(NO_FAILURES);
  });

  it('stop knowing an address 90 days after the last sign-in from it', () => {
    expect(knownAddressSince(NOW)).toEqual(secondsFromNow(-90 * 86_400));
  });
});

describe('assessing an attempt', () => {
  it('counts an allowed attempt as a failure in every scope before it is checked', () => {
    const result = assessAttempt(counters({ pair: failed(5) }), false, NOW);
    expect(result).toEqual({
      verdict: 'allowed',
      counted: {
        pair: { failures: 6, lastFailureAt: NOW, blockedUntil: secondsFromNow(30) },
        address: { failures: 1, lastFailureAt: NOW, blockedUntil: null },
        account: { failures: 1, lastFailureAt: NOW, blockedUntil: null },
      },
    });
  });

  it('refuses while any scope waits, naming the longest wait', () => {
    const result = assessAttempt(counters({ pair: failed(6, 12), address: failed(22, 40) }), false, NOW);
    expect(result).toEqual({ verdict: 'wait', scope: 'address', seconds: 40 });
    expect(assessAttempt(counters({ account: failed(11, 3) }), false, NOW)).toEqual({
      verdict: 'wait',
      scope: 'account',
      seconds: 3,
    });
  });

  it('lets the attempt through once the wait is over', () => {
    const over = { ...failed(6), blockedUntil: secondsFromNow(-1) };
    expect(assessAttempt(counters({ pair: over }), false, NOW).verdict).toBe('allowed');
  });

  it(`locks an account after ${ACCOUNT_FAILURE_CAP} consecutive failures, for unknown addresses only`, () => {
    const almost = counters({ account: failed(ACCOUNT_FAILURE_CAP - 1) });
    expect(assessAttempt(almost, false, NOW).verdict).toBe('allowed');
    const capped = counters({ account: failed(ACCOUNT_FAILURE_CAP, 900, 30 * 24 * 3600) });
    expect(assessAttempt(capped, false, NOW)).toEqual({ verdict: 'locked' });
    expect(assessAttempt(capped, true, NOW).verdict).toBe('allowed');
  });

  it('from a known address, only the pair limit applies and the address is not counted', () => {
    const busy = counters({ address: failed(40, 300), account: failed(50, 900) });
    const result = assessAttempt(busy, true, NOW);
    expect(result.verdict).toBe('allowed');
    if (result.verdict !== 'allowed') return;
    expect(Object.keys(result.counted).sort()).toEqual(['account', 'pair']);
    expect(result.counted.account?.failures).toBe(51);
    expect(assessAttempt(counters({ ...busy, pair: failed(7, 50) }), true, NOW)).toEqual({
      verdict: 'wait',
      scope: 'pair',
      seconds: 50,
    });
  });
});
