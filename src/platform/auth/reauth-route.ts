import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { reauthentication, reauthenticationRequest } from '../../contracts/session.ts';
import { problem } from '../../contracts/system.ts';
import type { AppDependencies } from '../http/app.ts';
import { authenticate, signedInUser } from './authenticate.ts';
import { reauthenticate } from './reauthenticate.ts';
import { sessionCookie, setSessionCookie } from './session-cookie.ts';

export function registerReauthenticationRoute(app: FastifyInstance, deps: AppDependencies): void {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/session/reauth',
    {
      preHandler: authenticate(deps),
      schema: {
        tags: ['session'],
        summary: 'Prove again who you are before a sensitive act',
        description:
          'Accounts with a second factor send `code` (and may add `password`); others send `password`. Records the time on the session (acts that need a recent authentication answer 403 `reauthentication_required` otherwise) and sets a new session cookie: the previous token opens nothing afterwards.',
        body: reauthenticationRequest,
        response: { 200: reauthentication, 400: problem, 401: problem, 429: problem },
      },
    },
    async (request, reply) => {
      const { authenticatedAt, token } = await reauthenticate({
        db: deps.database.db,
        keyRing: deps.keyRing,
        user: signedInUser(request),
        token: sessionCookie(request),
        proof: request.body,
        ip: request.ip,
        requestId: request.id,
      });
      setSessionCookie(request, reply, token);
      return { authenticatedAt: authenticatedAt.toISOString() };
    },
  );
}
