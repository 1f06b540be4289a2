import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problem } from '../../contracts/system.ts';
import { authenticate, signedInUser } from '../../platform/auth/authenticate.ts';
import { requireRecentAuthentication } from '../../platform/auth/recent-authentication.ts';
import type { AppDependencies } from '../../platform/http/app.ts';
import { fileResponse } from '../../platform/http/file-response.ts';
import { caseCaller } from '../cases/case-actor.ts';
import { REVEAL_REAUTHENTICATION_MINUTES } from '../cases/people-routes.ts';
import { CSV, exportRequest, IMPORT_BODY_LIMIT, importSummary, NDJSON } from './contract.ts';
import { exportBundle } from './export-bundle.ts';
import { exportHtcdsCsv } from './export-htcds-csv.ts';
import { exportKind } from './export-kind.ts';
import { importBundle } from './import-bundle.ts';
import { importHtcdsCsv } from './import-htcds-csv.ts';
import { exportStatisticalExtract } from './statistical-extract/export-statistical-extract.ts';

const tags = ['exchange'];

/** Imports take a bundle (JSON Lines) or an HTCDS CSV; this scope alone accepts those types and size. */
export function registerExchangeRoutes(app: FastifyInstance, deps: AppDependencies): void {
  const { db } = deps.database;
  const preHandler = authenticate(deps);
  app.register(async (scope) => {
    scope.addContentTypeParser(
      [NDJSON, CSV],
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
          summary: 'Import an Enlace bundle (JSON Lines) or an HTCDS CSV, all or nothing',
          description:
            'Every line (CSV: row) is validated before anything is written. With any reject nothing is imported and the 422 problem lists every reject (line or row, field or column, reason). Records imported before are left unchanged.',
          consumes: [NDJSON, CSV],
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
      async (request) => {
        const importFile = request.headers['content-type']?.startsWith(CSV) ? importHtcdsCsv : importBundle;
        return importFile(
          { db, keyRing: deps.keyRing },
          caseCaller(signedInUser(request), request.id),
          request.body,
          request.t,
        );
      },
    );
  });
  app.withTypeProvider<ZodTypeProvider>().post(
    '/exports',
    {
      preHandler,
      schema: {
        tags,
        summary:
          "Export your agency's cases, or a statistician's de-identified extract, as JSON Lines or an HTCDS CSV",
        description:
          "Requires a recent sign-in or re-authentication. Identities only on request, with a reason kept in the audit log. A statistician's export (with a `purpose`) is the de-identified extract of the country's cases: no identifying field, keyed pseudonyms per purpose, survivors only with consent for statistics (docs/formats/statistical-extract.md).",
        body: exportRequest,
        response: {
          200: fileResponse('The export: JSON Lines (bundle) or CSV (HTCDS)', [NDJSON, CSV]),
          400: problem,
          401: problem,
          403: problem,
        },
      },
    },
    async (request, reply) => {
      requireRecentAuthentication(request, REVEAL_REAUTHENTICATION_MINUTES);
      const user = signedInUser(request);
      const caller = { ...caseCaller(user, request.id), agencyCode: user.agency.code };
      const { format, identities, reason, purpose } = request.body;
      const kind = exportKind(user.roles, { identities, purpose });
      if (kind.kind === 'statistical') {
        const policy = deps.settings.statisticsConsent;
        const text = await exportStatisticalExtract({ db, keyRing: deps.keyRing }, caller, {
          format,
          purpose: kind.purpose,
          policy,
        });
        return format === 'htcds-csv'
          ? reply
              .type(`${CSV}; charset=utf-8`)
              .header('content-disposition', 'attachment; filename="enlace-extract.csv"')
              .send(text)
          : reply
              .type(NDJSON)
              .header('content-disposition', 'attachment; filename="enlace-extract.jsonl"')
              .send(text);
      }
      const options = { identities, reason };
      if (format === 'htcds-csv') {
        const csv = await exportHtcdsCsv({ db, keyRing: deps.keyRing }, caller, options);
        return reply
          .type(`${CSV}; charset=utf-8`)
          .header('content-disposition', 'attachment; filename="enlace-htcds.csv"')
          .send(csv);
      }
      const lines = await exportBundle({ db, keyRing: deps.keyRing }, caller, options);
      return reply
        .type(NDJSON)
        .header('content-disposition', 'attachment; filename="enlace-bundle.jsonl"')
        .send(`${lines.join('\n')}\n`);
    },
  );
}
