import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { problem } from '../../contracts/system.ts';
import { authenticate, signedInUser } from '../../platform/auth/authenticate.ts';
import type { AppDependencies } from '../../platform/http/app.ts';
import { caseCaller } from '../cases/case-actor.ts';
import { clockPeriod, jurisdictionClockReport } from './clock-contract.ts';
import { reportJurisdictionClocks } from './report-jurisdiction-clocks.ts';

export function registerJurisdictionClockRoutes(app: FastifyInstance, deps: AppDependencies): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/statistics/jurisdiction-clocks',
    {
      preHandler: authenticate(deps),
      schema: {
        tags: ['statistics'],
        summary: 'Time cases spent with jurisdiction undetermined or in dispute over a period',
        description:
          'Supervisors: the cases they may see, one by one. Statisticians: every case, aggregates only.',
        querystring: clockPeriod,
        response: { 200: jurisdictionClockReport, 400: problem, 401: problem, 404: problem },
      },
    },
    async (request) =>
      reportJurisdictionClocks(
        deps.database.db,
        caseCaller(signedInUser(request), request.id),
        request.query,
      ),
  );
}
