import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { alertList, auditPage, auditQuery } from '../../contracts/audit.ts';
import { problem } from '../../contracts/system.ts';
import { authenticate, signedInUser } from '../auth/authenticate.ts';
import type { AppDependencies } from '../http/app.ts';
import { acknowledgeAlert } from './acknowledge-alert.ts';
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
  routes.post(
    '/audit/alerts/:alertId/acknowledgement',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Mark a security alert as seen (auditors)',
        params: z.strictObject({ alertId: z.uuid() }),
        response: { 204: z.null(), 400: problem, 401: problem, 404: problem },
      },
    },
    async (request, reply) => {
      await acknowledgeAlert(deps.database.db, actorOf(request), request.params.alertId);
      return reply.status(204).send(null);
    },
  );
}
