import type { Database } from '../db/database.ts';
import { unauthenticated } from '../http/problem.ts';
import { type LiveSession, type SessionTimeouts, touchSession } from './session-store.ts';
import { hashSessionToken, looksLikeSessionToken } from './session-token.ts';

/** The signed-in user for a session cookie, or 401 for a missing, forged, expired, half-open or revoked one. */
export async function resolveSession(options: {
  database: Pick<Database, 'app' | 'db'>;
  token: string | undefined;
  timeouts: SessionTimeouts;
}): Promise<LiveSession> {
  if (!looksLikeSessionToken(options.token)) throw unauthenticated();
  const session = await touchSession(options.database, hashSessionToken(options.token), options.timeouts);
  if (!session) throw unauthenticated();
  return session;
}
