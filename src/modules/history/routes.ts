import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { problem } from '../../contracts/system.ts';
import { authenticate, signedInUser } from '../../platform/auth/authenticate.ts';
import type { AppDependencies } from '../../platform/http/app.ts';
import { caseCaller } from '../cases/case-actor.ts';
import { caseId } from '../cases/contract.ts';
import { caseHistory, historyQuery } from './contract.ts';
import { readCaseHistory } from './read-history.ts';

export function registerHistoryRoutes(app: FastifyInstance, deps: AppDependencies): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/cases/:caseId/history',
    {
      preHandler: authenticate(deps),
      schema: {
        tags: ['cases'],
        summary: "A case's history: every change, who made it and when, newest first",
        description:
          'Values of encrypted fields are never shown; changes to parts you may not see are left out.',
        params: caseId,
        querystring: historyQuery,
        response: { 200: caseHistory, 400: problem, 401: problem, 404: problem },
      },
    },
    async (request) =>
      readCaseHistory(
        deps.database.db,
        caseCaller(signedInUser(request), request.id),
        request.params.caseId,
        request.query,
      ),
  );
}
