import type { Transaction } from 'kysely';
import type { CurrentUser } from '../../contracts/session.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Schema } from '../db/schema.ts';
import { unauthenticated } from '../http/problem.ts';
import { type AdmittedAttempt, attemptSucceeded, signedInFrom } from './admit-attempt.ts';
import { insertSession, promoteSession, type SessionTimeouts } from './session-store.ts';

export type SecondFactor = 'none' | 'totp' | 'recovery_code';

/**
 * The last step of every sign-in, inside the caller's transaction: clears the attempt's failures,
 * opens the signed-in session (new, or the half-authenticated one promoted under a new token), makes
 * the address known to the account, and audits how the person proved who they are.
 */
export async function finishSignIn(
  trx: Transaction<Schema>,
  options: {
    user: CurrentUser;
    attempt: AdmittedAttempt;
    tokenHash: Buffer;
    pendingHash?: Buffer;
    timeouts: SessionTimeouts;
    secondFactor: SecondFactor;
    details?: Record<string, unknown>;
  },
): Promise<void> {
  await attemptSucceeded(trx, options.attempt);
  if (options.pendingHash) {
    const promoted = await promoteSession(trx, options.pendingHash, options.tokenHash, options.timeouts);
    if (!promoted) throw unauthenticated();
  } else {
    await insertSession(trx, options.tokenHash, options.user.id, options.timeouts);
  }
  await signedInFrom(trx, options.attempt);
  await recordAudit(trx, {
    action: 'session.sign_in',
    recordType: 'user',
    recordId: options.user.id,
    details: { secondFactor: options.secondFactor, ...options.details },
  });
}
