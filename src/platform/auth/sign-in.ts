import type { Kysely } from 'kysely';
import type { CurrentUser } from '../../contracts/session.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Schema } from '../db/schema.ts';
import { SYSTEM_ACTOR, withActor } from '../db/with-actor.ts';
import { ProblemError } from '../http/problem.ts';
import { verifyAgainstDecoy, verifyPassword } from './password.ts';
import { insertSession, type SessionTimeouts } from './session-store.ts';
import { hashSessionToken, newSessionToken } from './session-token.ts';
import { describeSessionUser } from './session-user.ts';
import { findUserForSignIn } from './user-store.ts';

export type SignInResult = { user: CurrentUser; token: string };

/**
 * One answer for every failure (unknown user, wrong password, disabled account): no enumeration.
 * Successes and failures are audited; a failure names the account only when it exists.
 */
export async function signIn(options: {
  db: Kysely<Schema>;
  username: string;
  password: string;
  timeouts: SessionTimeouts;
  requestId?: string;
}): Promise<SignInResult> {
  const user = await findUserForSignIn(options.db, normaliseUsername(options.username));
  const valid = user
    ? await verifyPassword(user.password_hash, options.password)
    : await verifyAgainstDecoy(options.password);
  if (!user || !valid || user.disabled_at !== null) {
    await withActor(options.db, { ...SYSTEM_ACTOR, requestId: options.requestId }, (trx) =>
      recordAudit(trx, { action: 'session.sign_in_failed', recordType: 'user', recordId: user?.id }),
    );
    throw new ProblemError(401, 'invalid_credentials');
  }
  const account = {
    id: user.id,
    username: user.username,
    displayName: user.display_name,
    locale: user.locale,
  };
  const current = await describeSessionUser(options.db, account);
  const actor = {
    userId: user.id,
    agencyId: current.agency.id,
    roles: current.roles,
    requestId: options.requestId,
  };
  const token = newSessionToken();
  await withActor(options.db, actor, async (trx) => {
    await insertSession(trx, hashSessionToken(token), user.id, options.timeouts);
    await recordAudit(trx, { action: 'session.sign_in', recordType: 'user', recordId: user.id });
  });
  return { token, user: current };
}

export const normaliseUsername = (username: string) => username.trim().toLowerCase();
