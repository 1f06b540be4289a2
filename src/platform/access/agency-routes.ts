import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  agencyCreated,
  agencyDetails,
  agencyDirectory,
  agencyDirectoryQuery,
  agencyIdParams,
  agencyStatusChangeRequest,
  newAgency,
} from '../../contracts/agencies.ts';
import { problem } from '../../contracts/system.ts';
import { authenticate, signedInUser } from '../auth/authenticate.ts';
import type { AppDependencies } from '../http/app.ts';
import { notFound } from '../http/problem.ts';
import { expectedVersion, ifMatchHeader, tagVersion } from '../http/versioning.ts';
import { PLATFORM_OPERATOR_CODE } from './agency-status.ts';
import { changeAgencyStatus } from './change-agency-status.ts';
import { createAgency } from './create-agency.ts';
import { listAgencies } from './list-agencies.ts';
import { readAgency } from './read-agency.ts';

const tags = ['agencies'];

/** Only the platform operator's administrators register institutions. */
function platformAdministrator(request: FastifyRequest) {
  const user = signedInUser(request);
  if (!user.roles.includes('administrator') || user.agency.code !== PLATFORM_OPERATOR_CODE) throw notFound();
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
  routes.get(
    '/agencies/:agencyId',
    {
      preHandler,
      schema: {
        tags,
        summary:
          'An institution with its status and its suspensions and reinstatements (platform administrators)',
        params: agencyIdParams,
        response: { 200: agencyDetails, 401: problem, 404: problem },
      },
    },
    async (request, reply) => {
      const details = await readAgency(
        deps.database.db,
        platformAdministrator(request),
        request.params.agencyId,
      );
      tagVersion(reply, details.version);
      return details;
    },
  );
  for (const [path, change, summary] of [
    ['suspension', 'suspend', 'Suspend an institution: its people are signed out and nothing new reaches it'],
    ['reinstatement', 'reinstate', 'Reinstate a suspended institution: its people may sign in again'],
  ] as const) {
    routes.post(
      `/agencies/:agencyId/${path}`,
      {
        preHandler,
        schema: {
          tags,
          summary: `${summary} (platform administrators; a reason and If-Match)`,
          params: agencyIdParams,
          headers: ifMatchHeader,
          body: agencyStatusChangeRequest,
          response: {
            200: agencyDetails,
            400: problem,
            401: problem,
            404: problem,
            409: problem,
            412: problem,
            428: problem,
          },
        },
      },
      async (request, reply) => {
        const administrator = platformAdministrator(request);
        const details = await changeAgencyStatus(
          deps.database.db,
          administrator,
          request.params.agencyId,
          change,
          {
            reason: request.body.reason,
            expectedVersion: expectedVersion(request),
          },
        );
        tagVersion(reply, details.version);
        return details;
      },
    );
  }
}
