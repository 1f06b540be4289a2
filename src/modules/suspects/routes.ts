import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problem } from '../../contracts/system.ts';
import { authenticate, signedInUser } from '../../platform/auth/authenticate.ts';
import type { AppDependencies } from '../../platform/http/app.ts';
import { expectedVersion, ifMatchHeader, tagVersion } from '../../platform/http/versioning.ts';
import { caseCaller } from '../cases/case-actor.ts';
import { caseId } from '../cases/contract.ts';
import { removalRequest } from '../exploitation/shared-contract.ts';
import {
  createSuspectRoleRequest,
  suspectRoleList,
  suspectRoleListQuery,
  suspectRoleParams,
  suspectRoleView,
  updateSuspectRoleRequest,
} from './contract.ts';
import { createSuspectRole } from './create-suspect-role.ts';
import { listSuspectRoles } from './list-suspect-roles.ts';
import { readSuspectRole } from './read-suspect-role.ts';
import { removeSuspectRole } from './remove-suspect-role.ts';
import { updateSuspectRole } from './update-suspect-role.ts';

const tags = ['case records'];
const errors = { 400: problem, 401: problem, 404: problem };
const versioned = { 412: problem, 428: problem };
const access =
  'Part of the investigation: 404 for anyone who may not read it. Naming an institution of the directory ' +
  'walls the case off from it at once, including from the caller if it is their own.';

export function registerSuspectRoleRoutes(app: FastifyInstance, deps: AppDependencies): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const records = { db: deps.database.db, keyRing: deps.keyRing };
  const preHandler = authenticate(deps);
  const caller = (request: FastifyRequest) => caseCaller(signedInUser(request), request.id);

  routes.post(
    '/cases/:caseId/suspect-roles',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Record what a suspect of the case did, and whether they are a public official',
        description: `${access} One record per suspect: a second one answers 409.`,
        params: caseId,
        body: createSuspectRoleRequest,
        response: { 201: suspectRoleView, ...errors, 409: problem },
      },
    },
    async (request, reply) => {
      const view = await createSuspectRole(records, caller(request), request.params.caseId, request.body);
      tagVersion(reply, view.version);
      return reply.status(201).send(view);
    },
  );
  routes.get(
    '/cases/:caseId/suspect-roles',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Suspect roles of a case, or of one suspect (audited read)',
        description: access,
        params: caseId,
        querystring: suspectRoleListQuery,
        response: { 200: suspectRoleList, ...errors },
      },
    },
    async (request) => listSuspectRoles(records, caller(request), request.params.caseId, request.query),
  );
  routes.get(
    '/cases/:caseId/suspect-roles/:suspectRoleId',
    {
      preHandler,
      schema: {
        tags,
        summary: 'One suspect role (audited read)',
        description: access,
        params: suspectRoleParams,
        response: { 200: suspectRoleView, ...errors },
      },
    },
    async (request, reply) => {
      const view = await readSuspectRole(records, caller(request), request.params);
      tagVersion(reply, view.version);
      return view;
    },
  );
  routes.patch(
    '/cases/:caseId/suspect-roles/:suspectRoleId',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Change a suspect role; If-Match must carry the version read (ETag)',
        description: `Without If-Match: 428. When the record changed since it was read: 412. ${access}`,
        params: suspectRoleParams,
        headers: ifMatchHeader,
        body: updateSuspectRoleRequest,
        response: { 200: suspectRoleView, ...errors, ...versioned },
      },
    },
    async (request, reply) => {
      const target = { ...request.params, expected: expectedVersion(request) };
      const view = await updateSuspectRole(records, caller(request), target, request.body);
      tagVersion(reply, view.version);
      return view;
    },
  );
  routes.delete(
    '/cases/:caseId/suspect-roles/:suspectRoleId',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Remove a suspect role entered by mistake, with a reason; If-Match required',
        description: 'The removal and what the record held stay in the case’s history; walls stay.',
        params: suspectRoleParams,
        headers: ifMatchHeader,
        body: removalRequest,
        response: { 204: z.null(), ...errors, ...versioned },
      },
    },
    async (request, reply) => {
      const target = { ...request.params, expected: expectedVersion(request) };
      await removeSuspectRole(records, caller(request), target, request.body.reason);
      return reply.status(204).send(null);
    },
  );
}
