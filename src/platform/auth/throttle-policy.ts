/**
 * How failed sign-in attempts slow further attempts (docs/security.md, "Sign-in"). Pure: the store
 * loads the counters, this decides, the store writes what it returns.
 *
 * Every attempt is counted in three scopes: the pair (one account from one address), the address
 * (every account from it) and the account (from every address). The pair is the strictest, so the
 * one who fails is the one who waits. Addresses where the account has signed in before are exempt
 * from the address and account limits: there only the pair limit applies, so failures made by others
 * elsewhere never lock the real user out.
 */

/** What is being proved: the password, or a second-factor code (TOTP or recovery code). */
export type ThrottleFactor = 'password' | 'code';
export type ThrottleScope = 'pair' | 'address' | 'account';

export type ScopeRule = {
  /** Consecutive failures allowed without any wait. */
  free: number;
  /** The wait after the first failure past the free ones; it doubles with every further failure. */
  firstWaitSeconds: number;
  maxWaitSeconds: number;
  /** A counter idle this long starts again from zero; `null`: only a successful sign-in resets it. */
  forgetAfterHours: number | null;
};

export const THROTTLE_RULES: Readonly<Record<ThrottleScope, ScopeRule>> = {
  pair: { free: 5, firstWaitSeconds: 30, maxWaitSeconds: 15 * 60, forgetAfterHours: 24 },
  address: { free: 20, firstWaitSeconds: 5, maxWaitSeconds: 5 * 60, forgetAfterHours: 24 },
  // Consecutive by design (NIST SP 800-63B §5.2.2): time alone never clears an account's failures.
  account: { free: 10, firstWaitSeconds: 15, maxWaitSeconds: 15 * 60, forgetAfterHours: null },
};

/** NIST SP 800-63B §5.2.2: no more than 100 consecutive failed attempts on one account. */
export const ACCOUNT_FAILURE_CAP = 100;

/** How long an address where the account signed in stays "known" after its last successful sign-in. */
export const KNOWN_ADDRESS_DAYS = 90;

/** Scopes are always handled in this order, so concurrent attempts lock their rows without deadlock. */
export const SCOPE_ORDER: readonly ThrottleScope[] = ['account', 'address', 'pair'];

export type Counter = { failures: number; lastFailureAt: Date | null; blockedUntil: Date | null };

export const NO_FAILURES: Counter = { failures: 0, lastFailureAt: null, blockedUntil: null };

export type Counters = Readonly<Record<ThrottleScope, Counter>>;

export type Assessment =
  /** `counted`: the counters with this attempt counted as a failure until it proves otherwise. */
  | { verdict: 'allowed'; counted: Partial<Record<ThrottleScope, Counter>> }
  | { verdict: 'wait'; scope: ThrottleScope; seconds: number }
  /** The account reached its cap: only addresses where it signed in before may try. */
  | { verdict: 'locked' };

/** Seconds to wait after the `failures`-th consecutive failure in a scope. */
export function waitAfter(scope: ThrottleScope, failures: number): number {
  const rule = THROTTLE_RULES[scope];
  const past = failures - rule.free;
  if (past <= 0) return 0;
  return Math.min(rule.maxWaitSeconds, rule.firstWaitSeconds * 2 ** (past - 1));
}

/**
 * A counter of `scope` whose last failure is older than this has been forgotten: it stands at zero,
 * and the purge may delete it. `null`: time alone never forgets that scope's failures.
 */
export function forgottenBefore(scope: ThrottleScope, now: Date): Date | null {
  const hours = THROTTLE_RULES[scope].forgetAfterHours;
  return hours === null ? null : new Date(now.getTime() - hours * 3_600_000);
}

/** Addresses where the account's last completed sign-in is older than this are no longer known. */
export const knownAddressSince = (now: Date): Date =>
  new Date(now.getTime() - KNOWN_ADDRESS_DAYS * 86_400_000);

/** The counter as it stands now: one idle past its scope's memory counts from zero again. */
export function standing(scope: ThrottleScope, counter: Counter, now: Date): Counter {
  const before = forgottenBefore(scope, now);
  if (before === null || counter.lastFailureAt === null) return counter;
  return counter.lastFailureAt < before ? NO_FAILURES : counter;
}

/** The scopes an attempt is counted in; the address scope is skipped where the account is known. */
export const countedScopes = (fromKnownAddress: boolean): readonly ThrottleScope[] =>
  fromKnownAddress ? ['account', 'pair'] : SCOPE_ORDER;

/** The scopes whose limits apply: from a known address only the pair's. */
const limitingScopes = (fromKnownAddress: boolean): readonly ThrottleScope[] =>
  fromKnownAddress ? ['pair'] : SCOPE_ORDER;

/**
 * Whether an attempt may be checked at all. A refused attempt is not checked and not counted; an
 * allowed one is counted as a failure before it is checked, so a burst of parallel guesses cannot
 * slip through before the first failure is written.
 */
export function assessAttempt(counters: Counters, fromKnownAddress: boolean, now: Date): Assessment {
  const current = (scope: ThrottleScope) => standing(scope, counters[scope], now);
  if (!fromKnownAddress && current('account').failures >= ACCOUNT_FAILURE_CAP) return { verdict: 'locked' };
  let longest: { scope: ThrottleScope; seconds: number } | undefined;
  for (const scope of limitingScopes(fromKnownAddress)) {
    const blockedUntil = current(scope).blockedUntil;
    if (blockedUntil === null || blockedUntil <= now) continue;
    const seconds = Math.ceil((blockedUntil.getTime() - now.getTime()) / 1000);
    if (!longest || seconds > longest.seconds) longest = { scope, seconds };
  }
  if (longest) return { verdict: 'wait', ...longest };
  const counted: Partial<Record<ThrottleScope, Counter>> = {};
  for (const scope of countedScopes(fromKnownAddress)) {
    const failures = current(scope).failures + 1;
    const wait = waitAfter(scope, failures);
    counted[scope] = {
      failures,
      lastFailureAt: now,
      blockedUntil: wait > 0 ? new Date(now.getTime() + wait * 1000) : null,
    };
  }
  return { verdict: 'allowed', counted };
}
