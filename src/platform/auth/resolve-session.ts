import type { Kysely } from 'kysely';
import type { CurrentUser } from '../../contracts/session.ts';
import type { Schema } from '../db/schema.ts';
import { unauthenticated } from '../http/problem.ts';
import { type SessionTimeouts, touchSession } from './session-store.ts';
import { hashSessionToken, looksLikeSessionToken } from './session-token.ts';
import { describeSessionUser } from './session-user.ts';

/** The signed-in user for a session cookie, or 401 for a missing, forged, expired or revoked one. */
export async function resolveSession(options: {
  db: Kysely<Schema>;
  token: string | undefined;
  timeouts: SessionTimeouts;
}): Promise<CurrentUser> {
  if (!looksLikeSessionToken(options.token)) throw unauthenticated();
  const account = await touchSession(options.db, hashSessionToken(options.token), options.timeouts);
  if (!account) throw unauthenticated();
  return describeSessionUser(options.db, account);
}
