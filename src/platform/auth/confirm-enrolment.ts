import type { Kysely } from 'kysely';
import type { ConfirmedEnrolment } from '../../contracts/session.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { KeyRing } from '../crypto/key-ring.ts';
import type { Schema } from '../db/schema.ts';
import { withActor } from '../db/with-actor.ts';
import { ProblemError, unauthenticated } from '../http/problem.ts';
import { admitAttempt } from './admit-attempt.ts';
import { finishSignIn } from './finish-sign-in.ts';
import { confirmMfa, findMfa, storeRecoveryCodes, totpSecretOf } from './mfa-store.ts';
import { newRecoveryCode, RECOVERY_CODE_COUNT, recoveryCodeHmac } from './recovery-codes.ts';
import { findPendingSession, type SessionTimeouts } from './session-store.ts';
import { hashSessionToken, looksLikeSessionToken, newSessionToken } from './session-token.ts';
import { actorOf, describeSessionUser } from './session-user.ts';
import { matchTotp } from './totp.ts';

/**
 * Enrolment, last step: the first code from the app proves it holds the secret. The secret is then
 * confirmed (that code's step counts as used), ten recovery codes are made and stored as keyed HMACs,
 * and the session is signed in under a new token. The codes are returned this once only.
 */
export async function confirmEnrolment(options: {
  db: Kysely<Schema>;
  keyRing: KeyRing;
  token: string | undefined;
  code: string;
  ip: string;
  timeouts: SessionTimeouts;
  requestId?: string;
}): Promise<ConfirmedEnrolment & { token: string }> {
  const { db, keyRing } = options;
  if (!looksLikeSessionToken(options.token)) throw unauthenticated();
  const pendingHash = hashSessionToken(options.token);
  const account = await findPendingSession(db, pendingHash, 'enrolment');
  if (!account) throw unauthenticated();
  const attempt = await admitAttempt(db, keyRing, 'code', { username: account.username, ip: options.ip });
  const user = await describeSessionUser(db, account);
  const mfa = await findMfa(db, user.id);
  if (mfa?.confirmed) throw new ProblemError(409, 'mfa_already_enrolled');
  const step = mfa ? await matchTotp(totpSecretOf(keyRing, user.id, mfa), options.code, null) : undefined;
  const recoveryCodes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  const token = newSessionToken();
  const confirmed = await withActor(db, actorOf(user, options.requestId), async (trx) => {
    if (step === undefined || !(await confirmMfa(trx, user.id, step))) {
      await recordAudit(trx, {
        action: 'user.mfa_enrolment_failed',
        recordType: 'user',
        recordId: user.id,
        details: { consecutiveFailures: attempt.consecutiveFailures },
      });
      return false;
    }
    await storeRecoveryCodes(
      trx,
      user.id,
      recoveryCodes.map((code) => recoveryCodeHmac(keyRing, code)!),
    );
    await recordAudit(trx, { action: 'user.mfa_enrolled', recordType: 'user', recordId: user.id });
    await finishSignIn(trx, {
      user: { ...user, mfaEnrolled: true },
      attempt,
      tokenHash: hashSessionToken(token),
      pendingHash,
      timeouts: options.timeouts,
      secondFactor: 'totp',
    });
    return true;
  });
  if (!confirmed) throw new ProblemError(401, 'mfa_code_invalid');
  return { user: { ...user, mfaEnrolled: true }, recoveryCodes, token };
}
