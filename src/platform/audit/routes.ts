import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { alertList, auditPage, auditQuery } from '../../contracts/audit.ts';
import { problem } from '../../contracts/system.ts';
import { authenticate, signedInUser } from '../auth/authenticate.ts';
import type { AppDependencies } from '../http/app.ts';
import { browseAuditLog } from './browse-audit-log.ts';
import { listAlerts } from './list-alerts.ts';

const tags = ['audit'];

const actorOf = (request: FastifyRequest) => {
  const user = signedInUser(request);
  return { userId: user.id, agencyId: user.agency.id, roles: user.roles, requestId: request.id };
};

export function registerAuditRoutes(app: FastifyInstance, deps: AppDependencies): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const preHandler = authenticate(deps);
  routes.get(
    '/audit/entries',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Browse the audit log (auditors)',
        querystring: auditQuery,
        response: { 200: auditPage, 400: problem, 401: problem, 404: problem },
      },
    },
    async (request) => browseAuditLog(deps.database.db, actorOf(request), request.query),
  );
  routes.get(
    '/audit/alerts',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Security alerts for your agency (auditors)',
        response: { 200: alertList, 401: problem, 404: problem },
      },
    },
    async (request) => listAlerts(deps.database.db, actorOf(request)),
  );
}
