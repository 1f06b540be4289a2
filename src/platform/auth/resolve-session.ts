import type { Kysely } from 'kysely';
import type { Schema } from '../db/schema.ts';
import { unauthenticated } from '../http/problem.ts';
import { type SessionTimeouts, type SessionUser, touchSession } from './session-store.ts';
import { hashSessionToken, looksLikeSessionToken } from './session-token.ts';

/** The signed-in user for a session cookie, or 401 for a missing, forged, expired or revoked one. */
export async function resolveSession(options: {
  db: Kysely<Schema>;
  token: string | undefined;
  timeouts: SessionTimeouts;
}): Promise<SessionUser> {
  if (!looksLikeSessionToken(options.token)) throw unauthenticated();
  const user = await touchSession(options.db, hashSessionToken(options.token), options.timeouts);
  if (!user) throw unauthenticated();
  return user;
}
