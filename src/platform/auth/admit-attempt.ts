import type { Kysely, Transaction } from 'kysely';
import type { KeyRing } from '../crypto/key-ring.ts';
import type { Schema } from '../db/schema.ts';
import { ProblemError } from '../http/problem.ts';
import type { ThrottleFactor } from './throttle-policy.ts';
import { isKnownAddress, rememberAddress, reserveAttempt, settleSuccess } from './throttle-store.ts';
import { type AttemptOrigin, type ThrottleSubjects, throttleSubjects } from './throttle-subjects.ts';

/** An attempt the throttle let through, already counted as a failure until `attemptSucceeded`. */
export type AdmittedAttempt = {
  factor: ThrottleFactor;
  subjects: ThrottleSubjects;
  fromKnownAddress: boolean;
  /** The account's consecutive failures counting this attempt (for the audit entry of a failure). */
  consecutiveFailures: number;
};

/**
 * Lets an attempt at proving `factor` go ahead, or refuses it with 429 before anything is checked:
 * `sign_in_throttled` with Retry-After while a wait runs, `sign_in_locked` once the account reached
 * its cap of consecutive failures and the address is not one it signed in from.
 */
export async function admitAttempt(
  db: Kysely<Schema>,
  keyRing: KeyRing,
  factor: ThrottleFactor,
  origin: AttemptOrigin,
  now = new Date(),
): Promise<AdmittedAttempt> {
  const subjects = throttleSubjects(keyRing, origin);
  const fromKnownAddress = await isKnownAddress(db, subjects.pair, now);
  const assessment = await reserveAttempt(db, factor, subjects, fromKnownAddress, now);
  if (assessment.verdict === 'wait') {
    const { seconds } = assessment;
    throw new ProblemError(429, 'sign_in_throttled', { seconds }, { 'Retry-After': String(seconds) });
  }
  if (assessment.verdict === 'locked') throw new ProblemError(429, 'sign_in_locked');
  const consecutiveFailures = assessment.counted.account?.failures ?? 0;
  return { factor, subjects, fromKnownAddress, consecutiveFailures };
}

/** The factor was proved: clears the failures the attempt stood for, in the caller's transaction. */
export const attemptSucceeded = (trx: Transaction<Schema>, attempt: AdmittedAttempt): Promise<void> =>
  settleSuccess(trx, attempt.factor, attempt.subjects, attempt.fromKnownAddress);

/** A completed sign-in makes the address known to the account (see throttle-policy.ts). */
export const signedInFrom = (trx: Transaction<Schema>, attempt: AdmittedAttempt, now = new Date()) =>
  rememberAddress(trx, attempt.subjects.pair, now);
