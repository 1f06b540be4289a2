import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { CurrentUser } from '../../contracts/session.ts';
import type { AppDependencies } from '../http/app.ts';
import { unauthenticated } from '../http/problem.ts';
import { resolveSession } from './resolve-session.ts';
import { sessionCookie } from './session-cookie.ts';
import type { SessionOpening } from './session-read.ts';
import { sessionTimeouts } from './session-store.ts';
import { hashSessionToken, looksLikeSessionToken } from './session-token.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by `authenticate` on routes that need a signed-in user. */
    user: CurrentUser | undefined;
    /** Set by `authenticate`: when the user last proved who they are (see requireRecentAuthentication). */
    authenticatedAt: Date | null;
  }
}

/** A preHandler for routes that need a signed-in user: 401 problem+json otherwise. */
export function authenticate({ database, settings }: AppDependencies) {
  const timeouts = sessionTimeouts(settings);
  return async (request: FastifyRequest) => {
    const session = await resolveSession({
      database,
      token: sessionCookie(request),
      timeouts,
    });
    request.user = session.user;
    request.authenticatedAt = session.authenticatedAt;
  };
}

/**
 * For a route whose read resolves its session in its own first statement (`SessionOpening`) instead of
 * with `authenticate`: what that read needs of the request. A missing or malformed cookie is 401
 * here, with no database round trip. The request limits count such a route's requests against the
 * account, once the session names it: the route sets `config: { rateLimit: false }` so the global check
 * does not count them against the address first.
 */
export function sessionOpenings(app: FastifyInstance, { settings }: AppDependencies) {
  const timeouts = sessionTimeouts(settings);
  const accountLimit = app.rateLimit();
  return (request: FastifyRequest, reply: FastifyReply): SessionOpening => {
    const token = sessionCookie(request);
    if (!looksLikeSessionToken(token)) throw unauthenticated();
    return {
      tokenHash: hashSessionToken(token),
      timeouts,
      requestId: request.id,
      admit: async (session) => {
        request.user = session.user;
        request.authenticatedAt = session.authenticatedAt;
        await accountLimit.call(app, request, reply);
      },
    };
  };
}

/** The signed-in user of a route guarded by `authenticate`. */
export function signedInUser(request: FastifyRequest): CurrentUser {
  if (!request.user) throw new Error('route is missing the authenticate preHandler');
  return request.user;
}
