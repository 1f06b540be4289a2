import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { problem } from '../../contracts/system.ts';
import { authenticate, signedInUser } from '../../platform/auth/authenticate.ts';
import type { AppDependencies } from '../../platform/http/app.ts';
import { caseCaller } from '../cases/case-actor.ts';
import { caseId } from '../cases/contract.ts';
import { caseAuditQuery, caseAuditTrail } from './contract.ts';
import { readCaseAuditTrail } from './read-case-audit-trail.ts';

export function registerCaseAuditRoutes(app: FastifyInstance, deps: AppDependencies): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/cases/:caseId/audit',
    {
      preHandler: authenticate(deps),
      schema: {
        tags: ['audit'],
        summary: "A case's audit trail: who read, changed, exported or shared it and when, newest first",
        description:
          "For the auditors and supervisors of the agency that owns the case and the platform operator's auditors; 404 for everyone else. Reading it is audited.",
        params: caseId,
        querystring: caseAuditQuery,
        response: { 200: caseAuditTrail, 400: problem, 401: problem, 404: problem },
      },
    },
    async (request) =>
      readCaseAuditTrail(
        deps.database.db,
        caseCaller(signedInUser(request), request.id),
        request.params.caseId,
        request.query,
      ),
  );
}
