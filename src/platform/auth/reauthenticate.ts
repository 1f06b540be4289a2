import type { Kysely } from 'kysely';
import type { CurrentUser, ReauthenticationRequest } from '../../contracts/session.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { KeyRing } from '../crypto/key-ring.ts';
import type { Schema } from '../db/schema.ts';
import { withActor } from '../db/with-actor.ts';
import { ProblemError, unauthenticated } from '../http/problem.ts';
import { type AdmittedAttempt, admitAttempt, attemptSucceeded } from './admit-attempt.ts';
import { acceptTimeStep, findMfa, totpSecretOf } from './mfa-store.ts';
import { verifyPassword } from './password.ts';
import { renewAuthentication } from './session-store.ts';
import { hashSessionToken, looksLikeSessionToken, newSessionToken } from './session-token.ts';
import { actorOf } from './session-user.ts';
import { matchTotp } from './totp.ts';
import { findUserForSignIn } from './user-store.ts';

/**
 * A signed-in user proves again who they are before a sensitive act (see requireRecentAuthentication):
 * with a TOTP code when the account has a second factor, with the password otherwise; every factor
 * given is checked, each throttled like at sign-in. Records the time on the session and moves it to a
 * new token, which the caller sets as the cookie (the old one opens nothing afterwards); audited.
 */
export async function reauthenticate(options: {
  db: Kysely<Schema>;
  keyRing: KeyRing;
  user: CurrentUser;
  token: string | undefined;
  proof: ReauthenticationRequest;
  ip: string;
  requestId?: string;
}): Promise<{ authenticatedAt: Date; token: string }> {
  const { db, keyRing, user, proof } = options;
  if (!looksLikeSessionToken(options.token)) throw unauthenticated();
  const tokenHash = hashSessionToken(options.token);
  const mfa = await findMfa(db, user.id);
  const enrolled = mfa?.confirmed === true;
  if (enrolled && proof.code === undefined) throw new ProblemError(400, 'mfa_code_required');
  if (!enrolled && proof.password === undefined) throw new ProblemError(400, 'password_required');
  const origin = { username: user.username, ip: options.ip };
  const passwordAttempt =
    proof.password !== undefined ? await admitAttempt(db, keyRing, 'password', origin) : undefined;
  const codeAttempt = proof.code !== undefined ? await admitAttempt(db, keyRing, 'code', origin) : undefined;

  const account = await findUserForSignIn(db, user.username);
  const passwordValid =
    proof.password === undefined ||
    (account !== undefined && (await verifyPassword(account.password_hash, proof.password)));
  const step =
    mfa && proof.code !== undefined
      ? await matchTotp(totpSecretOf(keyRing, user.id, mfa), proof.code, mfa.lastTimeStep)
      : undefined;

  const token = newSessionToken();
  const outcome: Date | string = await withActor<Date | string>(
    db,
    actorOf(user, options.requestId),
    async (trx) => {
      // A code is spent only by an attempt whose password (if given) was right, so a typo costs no code.
      const codeValid =
        proof.code === undefined ||
        (passwordValid && step !== undefined && (await acceptTimeStep(trx, user.id, step)));
      const proved: AdmittedAttempt[] = [];
      if (passwordAttempt && passwordValid) proved.push(passwordAttempt);
      if (codeAttempt && passwordValid && codeValid) proved.push(codeAttempt);
      for (const attempt of proved) await attemptSucceeded(trx, attempt);
      const failed: string[] = [];
      if (!passwordValid) failed.push('password');
      if (passwordValid && !codeValid) failed.push('code');
      if (failed.length > 0) {
        await recordAudit(trx, {
          action: 'session.reauthenticate_failed',
          recordType: 'user',
          recordId: user.id,
          details: { failed },
        });
        return passwordValid ? 'mfa_code_invalid' : 'invalid_credentials';
      }
      const authenticatedAt = await renewAuthentication(trx, tokenHash, hashSessionToken(token));
      if (!authenticatedAt) throw unauthenticated();
      const factors = proved.map((attempt) => attempt.factor);
      await recordAudit(trx, {
        action: 'session.reauthenticate',
        recordType: 'user',
        recordId: user.id,
        details: { factors, sessionRenewed: true },
      });
      return authenticatedAt;
    },
  );
  // A string is the problem code of the factor that failed.
  if (typeof outcome === 'string') throw new ProblemError(401, outcome);
  return { authenticatedAt: outcome, token };
}
