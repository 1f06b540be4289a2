import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problem } from '../../contracts/system.ts';
import { authenticate, signedInUser } from '../../platform/auth/authenticate.ts';
import { requireRecentAuthentication } from '../../platform/auth/recent-authentication.ts';
import type { AppDependencies } from '../../platform/http/app.ts';
import { caseCaller } from '../cases/case-actor.ts';
import { REVEAL_REAUTHENTICATION_MINUTES } from '../cases/people-routes.ts';
import { exportRequest, IMPORT_BODY_LIMIT, importSummary, NDJSON } from './contract.ts';
import { exportBundle } from './export-bundle.ts';
import { importBundle } from './import-bundle.ts';

const tags = ['exchange'];

/** Imports take a bundle as JSON Lines; this scope alone accepts that content type and size. */
export function registerExchangeRoutes(app: FastifyInstance, deps: AppDependencies): void {
  const { db } = deps.database;
  const preHandler = authenticate(deps);
  app.register(async (scope) => {
    scope.addContentTypeParser(
      NDJSON,
      { parseAs: 'string', bodyLimit: IMPORT_BODY_LIMIT },
      (_request, body, done) => done(null, body),
    );
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/imports',
      {
        preHandler,
        bodyLimit: IMPORT_BODY_LIMIT,
        schema: {
          tags,
          summary: 'Import an Enlace bundle (JSON Lines), all or nothing',
          description:
            'Every line is validated before anything is written. With any rejected line nothing is imported and the 422 problem lists every reject (line, field, reason). Lines imported before are left unchanged.',
          consumes: [NDJSON],
          body: z.string().max(IMPORT_BODY_LIMIT),
          response: {
            200: importSummary,
            400: problem,
            401: problem,
            403: problem,
            413: problem,
            415: problem,
            422: problem,
          },
        },
      },
      async (request) =>
        importBundle(
          { db, keyRing: deps.keyRing },
          caseCaller(signedInUser(request), request.id),
          request.body,
          request.t,
        ),
    );
  });
  app.withTypeProvider<ZodTypeProvider>().post(
    '/exports',
    {
      preHandler,
      schema: {
        tags,
        summary: "Export your agency's cases as an Enlace bundle (JSON Lines)",
        description:
          'Requires a recent sign-in or re-authentication. Identities only on request, with a reason kept in the audit log.',
        body: exportRequest,
        response: { 200: z.string(), 400: problem, 401: problem, 403: problem },
      },
    },
    async (request, reply) => {
      requireRecentAuthentication(request, REVEAL_REAUTHENTICATION_MINUTES);
      const user = signedInUser(request);
      const lines = await exportBundle(
        { db, keyRing: deps.keyRing },
        { ...caseCaller(user, request.id), agencyCode: user.agency.code },
        { identities: request.body.identities, reason: request.body.reason },
      );
      return reply
        .type(NDJSON)
        .header('content-disposition', 'attachment; filename="enlace-bundle.jsonl"')
        .send(`${lines.join('\n')}\n`);
    },
  );
}
