import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { agencyCreated, agencyDirectory, agencyDirectoryQuery, newAgency } from '../../contracts/agencies.ts';
import { problem } from '../../contracts/system.ts';
import { authenticate, signedInUser } from '../auth/authenticate.ts';
import type { AppDependencies } from '../http/app.ts';
import { notFound } from '../http/problem.ts';
import { createAgency } from './create-agency.ts';
import { listAgencies } from './list-agencies.ts';

const tags = ['agencies'];

/** Only the platform operator's administrators register institutions. */
function platformAdministrator(request: FastifyRequest) {
  const user = signedInUser(request);
  if (!user.roles.includes('administrator') || user.agency.code !== 'ENLACE') throw notFound();
  return { userId: user.id, agencyId: user.agency.id, roles: user.roles, requestId: request.id };
}

export function registerAgencyRoutes(app: FastifyInstance, deps: AppDependencies): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const preHandler = authenticate(deps);
  routes.get(
    '/agencies',
    {
      preHandler,
      schema: {
        tags,
        summary:
          'Directory of active institutions (with include=disabled, all of them: platform administrators)',
        querystring: agencyDirectoryQuery,
        response: { 200: agencyDirectory, 401: problem, 404: problem },
      },
    },
    async (request) => {
      const includeDisabled = request.query.include === 'disabled';
      // Disabled institutions concern only those who register them; to anyone else the option does not exist.
      if (includeDisabled) platformAdministrator(request);
      return listAgencies(deps.database.db, { includeDisabled });
    },
  );
  routes.post(
    '/agencies',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Register an institution (platform administrators)',
        body: newAgency,
        response: { 201: agencyCreated, 400: problem, 401: problem, 404: problem, 409: problem },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createAgency(deps.database.db, request.body, platformAdministrator(request))),
  );
}
