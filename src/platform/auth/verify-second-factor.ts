import type { Kysely } from 'kysely';
import type { CurrentUser, SecondFactorRequest } from '../../contracts/session.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { KeyRing } from '../crypto/key-ring.ts';
import type { Schema } from '../db/schema.ts';
import { withActor } from '../db/with-actor.ts';
import { ProblemError, unauthenticated } from '../http/problem.ts';
import { admitAttempt } from './admit-attempt.ts';
import { finishSignIn } from './finish-sign-in.ts';
import {
  acceptTimeStep,
  findMfa,
  spendRecoveryCode,
  totpSecretOf,
  unusedRecoveryCodes,
} from './mfa-store.ts';
import { recoveryCodeHmac } from './recovery-codes.ts';
import { findPendingSession, type SessionTimeouts } from './session-store.ts';
import { hashSessionToken, looksLikeSessionToken, newSessionToken } from './session-token.ts';
import { actorOf, describeSessionUser } from './session-user.ts';
import { matchTotp } from './totp.ts';

/**
 * The second sign-in step: a TOTP code newer than the last one accepted, or an unused recovery code,
 * completes the half-authenticated session under a new token. Throttled like passwords (factor
 * `code`); a wrong, replayed or spent code gets one answer, `mfa_code_invalid`. Both audited.
 */
export async function verifySecondFactor(options: {
  db: Kysely<Schema>;
  keyRing: KeyRing;
  token: string | undefined;
  proof: SecondFactorRequest;
  ip: string;
  timeouts: SessionTimeouts;
  requestId?: string;
}): Promise<{ user: CurrentUser; token: string }> {
  const { db, keyRing, proof } = options;
  if (!looksLikeSessionToken(options.token)) throw unauthenticated();
  const pendingHash = hashSessionToken(options.token);
  const account = await findPendingSession(db, pendingHash, 'mfa');
  if (!account) throw unauthenticated();
  const attempt = await admitAttempt(db, keyRing, 'code', { username: account.username, ip: options.ip });
  const user = await describeSessionUser(db, account);
  const mfa = await findMfa(db, user.id);
  if (!mfa?.confirmed) throw unauthenticated();
  const step =
    'code' in proof
      ? await matchTotp(totpSecretOf(keyRing, user.id, mfa), proof.code, mfa.lastTimeStep)
      : undefined;
  const recoveryHmac = 'recoveryCode' in proof ? recoveryCodeHmac(keyRing, proof.recoveryCode) : null;
  const method = 'code' in proof ? 'totp' : 'recovery_code';
  const token = newSessionToken();
  const accepted = await withActor(db, actorOf(user, options.requestId), async (trx) => {
    const proved =
      step !== undefined
        ? await acceptTimeStep(trx, user.id, step)
        : recoveryHmac !== null && (await spendRecoveryCode(trx, user.id, recoveryHmac));
    if (!proved) {
      await recordAudit(trx, {
        action: 'session.sign_in_failed',
        recordType: 'user',
        recordId: user.id,
        details: { factor: method, consecutiveFailures: attempt.consecutiveFailures },
      });
      return false;
    }
    const details =
      method === 'recovery_code' ? { recoveryCodesLeft: await unusedRecoveryCodes(trx, user.id) } : {};
    await finishSignIn(trx, {
      user,
      attempt,
      tokenHash: hashSessionToken(token),
      pendingHash,
      timeouts: options.timeouts,
      secondFactor: method,
      details,
    });
    return true;
  });
  if (!accepted) throw new ProblemError(401, 'mfa_code_invalid');
  return { user, token };
}
