import type { Kysely } from 'kysely';
import type { CurrentUser } from '../../contracts/session.ts';
import type { Schema } from '../db/schema.ts';
import { ProblemError } from '../http/problem.ts';
import { verifyAgainstDecoy, verifyPassword } from './password.ts';
import { insertSession, type SessionTimeouts } from './session-store.ts';
import { hashSessionToken, newSessionToken } from './session-token.ts';
import { describeSessionUser } from './session-user.ts';
import { findUserForSignIn } from './user-store.ts';

export type SignInResult = { user: CurrentUser; token: string };

/** One answer for every failure (unknown user, wrong password, disabled account): no enumeration. */
export async function signIn(options: {
  db: Kysely<Schema>;
  username: string;
  password: string;
  timeouts: SessionTimeouts;
}): Promise<SignInResult> {
  const username = normaliseUsername(options.username);
  const user = await findUserForSignIn(options.db, username);
  const valid = user
    ? await verifyPassword(user.password_hash, options.password)
    : await verifyAgainstDecoy(options.password);
  if (!user || !valid || user.disabled_at !== null) throw new ProblemError(401, 'invalid_credentials');
  const token = newSessionToken();
  await insertSession(options.db, hashSessionToken(token), user.id, options.timeouts);
  const account = {
    id: user.id,
    username: user.username,
    displayName: user.display_name,
    locale: user.locale,
  };
  return { token, user: await describeSessionUser(options.db, account) };
}

export const normaliseUsername = (username: string) => username.trim().toLowerCase();
