import type { Kysely } from 'kysely';
import type { CurrentUser } from '../../contracts/session.ts';
import { requiresMultiFactor } from '../access/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { KeyRing } from '../crypto/key-ring.ts';
import type { PendingStep, Schema } from '../db/schema.ts';
import { SYSTEM_ACTOR, withActor } from '../db/with-actor.ts';
import { ProblemError } from '../http/problem.ts';
import { type AdmittedAttempt, admitAttempt, attemptSucceeded } from './admit-attempt.ts';
import { finishSignIn } from './finish-sign-in.ts';
import { verifyAgainstDecoy, verifyPassword } from './password.ts';
import { insertPendingSession, revokeSession, type SessionTimeouts } from './session-store.ts';
import { hashSessionToken, looksLikeSessionToken, newSessionToken } from './session-token.ts';
import { actorOf, describeSessionUser } from './session-user.ts';
import { findUserForSignIn } from './user-store.ts';

/** Signed in, or half-way: the password was right and the session may only complete `step`. */
export type SignInResult =
  | { outcome: 'signed-in'; user: CurrentUser; token: string }
  | { outcome: 'step-up'; step: PendingStep; token: string };

/**
 * The password step. Throttled before anything is checked (429); one answer for every failure (unknown
 * user, wrong password, disabled account), so no enumeration; a right password of someone whose
 * institution is suspended is told so (403). Accounts enrolled in MFA, and accounts
 * whose roles see identities, get a half-authenticated session that can only complete the second
 * factor (or enrol one). Successes and failures are audited; a failure names the account only when it
 * exists. The browser's previous session, if it had one, ends in the same transaction.
 */
export async function signIn(options: {
  db: Kysely<Schema>;
  keyRing: KeyRing;
  username: string;
  password: string;
  ip: string;
  timeouts: SessionTimeouts;
  requestId?: string;
  /** The session cookie the browser already held, if any: it ends with this sign-in. */
  previousToken?: string;
}): Promise<SignInResult> {
  const { db, requestId } = options;
  const username = normaliseUsername(options.username);
  const attempt = await admitAttempt(db, options.keyRing, 'password', { username, ip: options.ip });
  const user = await findUserForSignIn(db, username);
  const valid = user
    ? await verifyPassword(user.password_hash, options.password)
    : await verifyAgainstDecoy(options.password);
  if (!user || !valid || user.disabled_at !== null) {
    await withActor(db, { ...SYSTEM_ACTOR, requestId }, (trx) =>
      recordAudit(trx, {
        action: 'session.sign_in_failed',
        recordType: 'user',
        recordId: user?.id,
        details: { factor: 'password', consecutiveFailures: attempt.consecutiveFailures },
      }),
    );
    throw new ProblemError(401, 'invalid_credentials');
  }
  if (user.agency_suspended_at !== null) await refuseSuspendedAgency(db, attempt, user.id, requestId);
  const current = await describeSessionUser(db, {
    id: user.id,
    username: user.username,
    displayName: user.display_name,
    locale: user.locale,
  });
  const step = pendingStep(current);
  const token = newSessionToken();
  const tokenHash = hashSessionToken(token);
  await withActor(db, actorOf(current, requestId), async (trx) => {
    // One live session per browser: whoever signed in on it before (perhaps someone else) is signed out.
    if (looksLikeSessionToken(options.previousToken))
      await revokeSession(trx, hashSessionToken(options.previousToken));
    if (!step) {
      return finishSignIn(trx, {
        user: current,
        attempt,
        tokenHash,
        timeouts: options.timeouts,
        secondFactor: 'none',
      });
    }
    await attemptSucceeded(trx, attempt);
    await insertPendingSession(trx, tokenHash, user.id, step);
    await recordAudit(trx, {
      action: 'session.sign_in_pending',
      recordType: 'user',
      recordId: user.id,
      details: { step },
    });
  });
  return step ? { outcome: 'step-up', step, token } : { outcome: 'signed-in', user: current, token };
}

/**
 * Only someone who proved the password learns that their institution is suspended, and nothing more.
 * The password was right, so the attempt clears its failures: waiting out a suspension never locks
 * the account.
 */
async function refuseSuspendedAgency(
  db: Kysely<Schema>,
  attempt: AdmittedAttempt,
  userId: string,
  requestId: string | undefined,
): Promise<never> {
  await withActor(db, { ...SYSTEM_ACTOR, requestId }, async (trx) => {
    await attemptSucceeded(trx, attempt);
    await recordAudit(trx, {
      action: 'session.sign_in_refused',
      recordType: 'user',
      recordId: userId,
      details: { cause: 'agency_suspended' },
    });
  });
  throw new ProblemError(403, 'sign_in_agency_suspended');
}

/** An enrolled account always proves its second factor; roles that see identities must enrol one. */
function pendingStep(user: CurrentUser): PendingStep | undefined {
  if (user.mfaEnrolled) return 'mfa';
  return requiresMultiFactor(user.roles) ? 'enrolment' : undefined;
}

export const normaliseUsername = (username: string) => username.trim().toLowerCase();
