import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentUser, signInRequest, signInStep } from '../../contracts/session.ts';
import { problem } from '../../contracts/system.ts';
import type { AppDependencies } from '../http/app.ts';
import { authenticate, signedInUser } from './authenticate.ts';
import { registerSecondFactorRoutes } from './mfa-routes.ts';
import { registerReauthenticationRoute } from './reauth-route.ts';
import { clearSessionCookie, sessionCookie, setSessionCookie } from './session-cookie.ts';
import { sessionTimeouts } from './session-store.ts';
import { signIn } from './sign-in.ts';
import { signOut } from './sign-out.ts';

const tags = ['session'];

export function registerSessionRoutes(app: FastifyInstance, deps: AppDependencies): void {
  const { database, settings, keyRing } = deps;
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const timeouts = sessionTimeouts(settings);
  routes.post(
    '/session',
    {
      schema: {
        tags,
        summary: 'Sign in with user name and password',
        description:
          "200: signed in. 202: the password was right but the account owes a second factor; the cookie set is half-authenticated and only opens POST /session/mfa (`required`) or the enrolment routes (`enrolment_required`) for 10 minutes. 403 (`sign_in_agency_suspended`): the password was right but the account's institution is suspended. 429 (`sign_in_throttled` with Retry-After, or `sign_in_locked`): too many failed attempts, see the security guide.",
        body: signInRequest,
        response: { 200: currentUser, 202: signInStep, 401: problem, 403: problem, 429: problem },
      },
    },
    async (request, reply) => {
      const result = await signIn({
        db: database.db,
        keyRing,
        ...request.body,
        ip: request.ip,
        timeouts,
        requestId: request.id,
        previousToken: sessionCookie(request),
      });
      setSessionCookie(request, reply, result.token);
      if (result.outcome === 'signed-in') return result.user;
      return reply.status(202).send({ mfa: result.step === 'mfa' ? 'required' : 'enrolment_required' });
    },
  );
  routes.get(
    '/session',
    {
      schema: { tags, summary: 'The signed-in user', response: { 200: currentUser, 401: problem } },
      // Through `authenticate`, so the request limit counts it against the account, not the address.
      preHandler: authenticate(deps),
    },
    async (request) => signedInUser(request),
  );
  routes.delete(
    '/session',
    { schema: { tags, summary: 'Sign out (revokes the session)', response: { 204: z.null() } } },
    async (request, reply) => {
      await signOut({ db: database.db, token: sessionCookie(request), requestId: request.id });
      clearSessionCookie(request, reply);
      return reply.status(204).send(null);
    },
  );
  registerSecondFactorRoutes(app, deps);
  registerReauthenticationRoute(app, deps);
}
