import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notificationId, notificationList } from '../../contracts/notifications.ts';
import { problem } from '../../contracts/system.ts';
import { authenticate, signedInUser } from '../auth/authenticate.ts';
import type { AppDependencies } from '../http/app.ts';
import { listNotifications } from './list-notifications.ts';
import { markNotificationRead } from './mark-notification-read.ts';

const tags = ['notifications'];

const actorOf = (request: FastifyRequest) => {
  const user = signedInUser(request);
  return { userId: user.id, agencyId: user.agency.id, roles: user.roles, requestId: request.id };
};

export function registerNotificationRoutes(app: FastifyInstance, deps: AppDependencies): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const preHandler = authenticate(deps);
  routes.get(
    '/notifications',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Your notifications, newest first, and how many are unread',
        response: { 200: notificationList, 401: problem },
      },
    },
    async (request) => listNotifications(deps.database.db, actorOf(request)),
  );
  routes.post(
    '/notifications/:notificationId/read',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Mark one of your notifications read',
        params: notificationId,
        response: { 204: z.null(), 400: problem, 401: problem, 404: problem },
      },
    },
    async (request, reply) => {
      await markNotificationRead(deps.database.db, actorOf(request), request.params.notificationId);
      return reply.status(204).send(null);
    },
  );
}
