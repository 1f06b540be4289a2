import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createManagedUser,
  managedUser,
  managedUserList,
  resetMfaRequest,
  updateManagedUser,
} from '../../contracts/admin.ts';
import { problem } from '../../contracts/system.ts';
import { authenticate } from '../auth/authenticate.ts';
import { createUser } from '../auth/create-user.ts';
import { requireRecentAuthentication } from '../auth/recent-authentication.ts';
import type { AppDependencies } from '../http/app.ts';
import { notFound } from '../http/problem.ts';
import { requireAdministrator } from './administrator.ts';
import { listUsers } from './list-users.ts';
import { MFA_RESET_REAUTHENTICATION_MINUTES, resetMfa } from './reset-mfa.ts';
import { updateUser } from './update-user.ts';

const tags = ['administration'];
const errors = { 400: problem, 401: problem, 404: problem, 409: problem };

export function registerAdminRoutes(app: FastifyInstance, deps: AppDependencies): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;
  const preHandler = authenticate(deps);
  routes.get(
    '/admin/users',
    {
      preHandler,
      schema: { tags, summary: 'Accounts you administer', response: { 200: managedUserList, ...errors } },
    },
    async (request) => ({ items: await listUsers(db, requireAdministrator(request)) }),
  );
  routes.post(
    '/admin/users',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Create an account in your agency',
        body: createManagedUser,
        response: { 201: managedUser, ...errors },
      },
    },
    async (request, reply) => {
      const admin = requireAdministrator(request);
      const agency = request.body.agencyCode?.toUpperCase() ?? admin.agencyCode;
      if (agency !== admin.agencyCode && !admin.platformWide) throw notFound();
      const { agencyCode: _ignored, ...account } = request.body;
      const created = await createUser(db, { ...account, agency }, admin);
      const [user] = await listUsers(db, admin, created.id);
      return reply.status(201).send(user!);
    },
  );
  routes.patch(
    '/admin/users/:userId',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Change roles (ends sessions) or disable an account',
        params: z.strictObject({ userId: z.uuid() }),
        body: updateManagedUser,
        response: { 200: managedUser, ...errors },
      },
    },
    async (request) => updateUser(db, requireAdministrator(request), request.params.userId, request.body),
  );
  routes.post(
    '/admin/users/:userId/mfa-reset',
    {
      preHandler,
      schema: {
        tags,
        summary:
          'Reset a lost second factor (recent re-authentication and a reason; ends sessions, alerts auditors)',
        params: z.strictObject({ userId: z.uuid() }),
        body: resetMfaRequest,
        response: { 200: managedUser, 403: problem, ...errors },
      },
    },
    async (request) => {
      const admin = requireAdministrator(request);
      requireRecentAuthentication(request, MFA_RESET_REAUTHENTICATION_MINUTES);
      return resetMfa(db, admin, request.params.userId, request.body.reason);
    },
  );
}
