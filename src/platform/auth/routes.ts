import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentUser, signInRequest } from '../../contracts/session.ts';
import { problem } from '../../contracts/system.ts';
import type { AppDependencies } from '../http/app.ts';
import { resolveSession } from './resolve-session.ts';
import { SESSION_COOKIE } from './session-token.ts';
import { signIn } from './sign-in.ts';
import { signOut } from './sign-out.ts';

const tags = ['session'];

export function registerSessionRoutes(app: FastifyInstance, { database, settings }: AppDependencies): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const timeouts = { idleMinutes: settings.sessionIdleMinutes, absoluteHours: settings.sessionAbsoluteHours };
  routes.post(
    '/session',
    {
      schema: { tags, summary: 'Sign in', body: signInRequest, response: { 200: currentUser, 401: problem } },
    },
    async (request, reply) => {
      const { user, token } = await signIn({
        db: database.db,
        ...request.body,
        timeouts,
        requestId: request.id,
      });
      setSessionCookie(request, reply, token);
      return user;
    },
  );
  routes.get(
    '/session',
    { schema: { tags, summary: 'The signed-in user', response: { 200: currentUser, 401: problem } } },
    async (request) => resolveSession({ db: database.db, token: request.cookies[SESSION_COOKIE], timeouts }),
  );
  routes.delete(
    '/session',
    { schema: { tags, summary: 'Sign out (revokes the session)', response: { 204: z.null() } } },
    async (request, reply) => {
      await signOut({ db: database.db, token: request.cookies[SESSION_COOKIE], requestId: request.id });
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );
}

function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string) {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: request.protocol === 'https',
    path: '/',
  });
}
