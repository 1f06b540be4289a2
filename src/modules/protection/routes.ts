import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { problem } from '../../contracts/system.ts';
import { authenticate, signedInUser } from '../../platform/auth/authenticate.ts';
import type { AppDependencies } from '../../platform/http/app.ts';
import { personFilter } from '../case-records/contract.ts';
import { registerRecordRoutes } from '../case-records/record-routes.ts';
import { caseCaller } from '../cases/case-actor.ts';
import { caseId } from '../cases/contract.ts';
import { listMeasures } from './list-measures.ts';
import { listTestimony } from './list-testimony.ts';
import { measureList, measurePatch, measureRequest, measureView } from './measure-contract.ts';
import { measureRecord } from './measure-record.ts';
import { testimonyList, testimonyPatch, testimonyRequest, testimonyView } from './testimony-contract.ts';
import { testimonyRecord } from './testimony-record.ts';

const tag = 'protection';
const errors = { 400: problem, 401: problem, 404: problem };

export function registerProtectionRoutes(app: FastifyInstance, deps: AppDependencies): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const recordDeps = { db: deps.database.db, keyRing: deps.keyRing };
  const preHandler = authenticate(deps);
  const caller = (request: FastifyRequest) => caseCaller(signedInUser(request), request.id);

  routes.get(
    '/cases/:caseId/protection-measures',
    {
      preHandler,
      schema: {
        tags: [tag],
        summary: "A case's protection measures, or one person's (?personId=)",
        description:
          'Witness protection and non-punishment are shown only to those who may read the investigation.',
        params: caseId,
        querystring: personFilter,
        response: { 200: measureList, ...errors },
      },
    },
    async (request) =>
      listMeasures(recordDeps, caller(request), request.params.caseId, request.query.personId),
  );
  routes.get(
    '/cases/:caseId/testimony-decisions',
    {
      preHandler,
      schema: {
        tags: [tag],
        summary: "Survivors' own decisions on testifying, or one survivor's (?personId=)",
        description: 'Investigation material: 404 for those who may not read the investigation.',
        params: caseId,
        querystring: personFilter,
        response: { 200: testimonyList, ...errors },
      },
    },
    async (request) =>
      listTestimony(recordDeps, caller(request), request.params.caseId, request.query.personId),
  );
  registerRecordRoutes(app, deps, {
    kind: measureRecord,
    path: 'protection-measures',
    tag,
    noun: 'a protection measure',
    create: measureRequest,
    patch: measurePatch,
    view: measureView,
  });
  registerRecordRoutes(app, deps, {
    kind: testimonyRecord,
    path: 'testimony-decisions',
    tag,
    noun: "a survivor's voluntary decision on testifying",
    create: testimonyRequest,
    patch: testimonyPatch,
    view: testimonyView,
  });
}
