import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  confirmedEnrolment,
  currentUser,
  enrolmentConfirmation,
  mfaEnrolment,
  secondFactorRequest,
} from '../../contracts/session.ts';
import { problem } from '../../contracts/system.ts';
import type { AppDependencies } from '../http/app.ts';
import { confirmEnrolment } from './confirm-enrolment.ts';
import { sessionCookie, setSessionCookie } from './session-cookie.ts';
import { sessionTimeouts } from './session-store.ts';
import { startEnrolment } from './start-enrolment.ts';
import { verifySecondFactor } from './verify-second-factor.ts';

const tags = ['session'];

/** The second sign-in step and the enrolment of a second factor, for half-authenticated sessions. */
export function registerSecondFactorRoutes(
  app: FastifyInstance,
  { database, settings, keyRing }: AppDependencies,
) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const timeouts = sessionTimeouts(settings);
  routes.post(
    '/session/mfa',
    {
      schema: {
        tags,
        summary: 'Complete sign-in with a TOTP code or a recovery code',
        description:
          'For a session that answered 202 `required`. A code is accepted once (a replayed one is refused); a recovery code is spent when used. Signs in under a new session cookie.',
        body: secondFactorRequest,
        response: { 200: currentUser, 400: problem, 401: problem, 429: problem },
      },
    },
    async (request, reply) => {
      const { user, token } = await verifySecondFactor({
        db: database.db,
        keyRing,
        token: sessionCookie(request),
        proof: request.body,
        ip: request.ip,
        timeouts,
        requestId: request.id,
      });
      setSessionCookie(request, reply, token);
      return user;
    },
  );
  routes.post(
    '/session/mfa/enrolment',
    {
      schema: {
        tags,
        summary: 'Start enrolling an authenticator app',
        description:
          'For a session that answered 202 `enrolment_required`: a new TOTP secret as an otpauth URI (for a QR code) and as a key to type. Asking again replaces it.',
        response: { 200: mfaEnrolment, 401: problem, 409: problem },
      },
    },
    async (request) =>
      startEnrolment({ db: database.db, keyRing, token: sessionCookie(request), requestId: request.id }),
  );
  routes.post(
    '/session/mfa/enrolment/confirmation',
    {
      schema: {
        tags,
        summary: 'Confirm the enrolment with a first code and sign in',
        description:
          'Returns the signed-in user and ten single-use recovery codes, shown this once: they are stored only as keyed hashes.',
        body: enrolmentConfirmation,
        response: { 200: confirmedEnrolment, 400: problem, 401: problem, 409: problem, 429: problem },
      },
    },
    async (request, reply) => {
      const { token, ...confirmed } = await confirmEnrolment({
        db: database.db,
        keyRing,
        token: sessionCookie(request),
        code: request.body.code,
        ip: request.ip,
        timeouts,
        requestId: request.id,
      });
      setSessionCookie(request, reply, token);
      return confirmed;
    },
  );
}
