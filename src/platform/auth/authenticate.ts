import type { FastifyRequest } from 'fastify';
import type { CurrentUser } from '../../contracts/session.ts';
import type { AppDependencies } from '../http/app.ts';
import { resolveSession } from './resolve-session.ts';
import { sessionCookie } from './session-cookie.ts';

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
  const timeouts = { idleMinutes: settings.sessionIdleMinutes, absoluteHours: settings.sessionAbsoluteHours };
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

/** The signed-in user of a route guarded by `authenticate`. */
export function signedInUser(request: FastifyRequest): CurrentUser {
  if (!request.user) throw new Error('route is missing the authenticate preHandler');
  return request.user;
}
