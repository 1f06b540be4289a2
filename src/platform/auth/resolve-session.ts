import type { Kysely } from 'kysely';
import type { CurrentUser } from '../../contracts/session.ts';
import type { Schema } from '../db/schema.ts';
import { unauthenticated } from '../http/problem.ts';
import { type SessionTimeouts, touchSession } from './session-store.ts';
import { hashSessionToken, looksLikeSessionToken } from './session-token.ts';
import { describeSessionUser } from './session-user.ts';

/** `authenticatedAt`: when the person last proved who they are (sign-in or re-authentication). */
export type ResolvedSession = { user: CurrentUser; authenticatedAt: Date | null };

/** The signed-in user for a session cookie, or 401 for a missing, forged, expired, half-open or revoked one. */
export async function resolveSession(options: {
  db: Kysely<Schema>;
  token: string | undefined;
  timeouts: SessionTimeouts;
}): Promise<ResolvedSession> {
  if (!looksLikeSessionToken(options.token)) throw unauthenticated();
  const session = await touchSession(options.db, hashSessionToken(options.token), options.timeouts);
  if (!session) throw unauthenticated();
  return {
    user: await describeSessionUser(options.db, session.user),
    authenticatedAt: session.authenticatedAt,
  };
}
