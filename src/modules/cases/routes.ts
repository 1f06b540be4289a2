import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problem } from '../../contracts/system.ts';
import { authenticate, sessionOpenings, signedInUser } from '../../platform/auth/authenticate.ts';
import type { AppDependencies } from '../../platform/http/app.ts';
import { expectedVersion, ifMatchHeader, tagVersion } from '../../platform/http/versioning.ts';
import { breakGlass } from './break-glass.ts';
import { caseCaller } from './case-actor.ts';
import {
  breakGlassGrant,
  breakGlassRequest,
  caseId,
  caseList,
  caseListQuery,
  caseShareList,
  caseView,
  openCaseRequest,
  shareCaseRequest,
  shareParams,
  updateCaseRequest,
} from './contract.ts';
import { declareConflict } from './declare-conflict.ts';
import { listCases } from './list-cases.ts';
import { listShares, revokeShare } from './manage-shares.ts';
import { openCase } from './open-case.ts';
import { readCaseInSession } from './read-case.ts';
import { shareCase } from './share-case.ts';
import { updateCase } from './update-case.ts';

const tags = ['cases'];
const errors = { 400: problem, 401: problem, 404: problem };

export function registerCaseRoutes(app: FastifyInstance, deps: AppDependencies): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  const preHandler = authenticate(deps);
  const openSession = sessionOpenings(app, deps);
  const caller = (request: Parameters<typeof signedInUser>[0]) =>
    caseCaller(signedInUser(request), request.id);

  routes.post(
    '/cases',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Open a case in your agency',
        body: openCaseRequest,
        response: { 201: caseView, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await openCase(db, caller(request), request.body)),
  );
  routes.get(
    '/cases',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Cases you may see',
        querystring: caseListQuery,
        response: { 200: caseList, ...errors },
      },
    },
    async (request) => listCases(db, caller(request), request.query),
  );
  routes.get(
    '/cases/:caseId',
    {
      // The session is resolved in the read's own first statement: one round trip fewer for the API's
      // most frequent request (docs/benchmarks.md, "Load"); the request limits apply once it names the account.
      config: { rateLimit: false },
      schema: {
        tags,
        summary: 'One case (audited read)',
        params: caseId,
        response: { 200: caseView, ...errors },
      },
    },
    async (request, reply) => {
      const view = await readCaseInSession(deps.database, openSession(request, reply), request.params.caseId);
      tagVersion(reply, view.version);
      return view;
    },
  );
  routes.patch(
    '/cases/:caseId',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Change status or place; If-Match must carry the version read (ETag)',
        description:
          'Without If-Match: 428. When the case changed since it was read: 412 with the current version.',
        params: caseId,
        headers: ifMatchHeader,
        body: updateCaseRequest,
        response: { 200: caseView, ...errors, 412: problem, 422: problem, 428: problem },
      },
    },
    async (request, reply) => {
      const expected = expectedVersion(request);
      const view = await updateCase(db, caller(request), request.params.caseId, expected, request.body);
      tagVersion(reply, view.version);
      return view;
    },
  );
  routes.post(
    '/cases/:caseId/shares',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Share a case with another agency, with a reason',
        params: caseId,
        body: shareCaseRequest,
        response: { 201: z.object({ id: z.uuid() }), ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await shareCase(db, caller(request), request.params.caseId, request.body)),
  );
  routes.get(
    '/cases/:caseId/shares',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Agencies the case is shared with (those who may share it)',
        params: caseId,
        response: { 200: caseShareList, ...errors },
      },
    },
    async (request) => listShares(db, caller(request), request.params.caseId),
  );
  routes.post(
    '/cases/:caseId/shares/:shareId/revocation',
    {
      preHandler,
      schema: {
        tags,
        summary: 'End a share at once',
        params: shareParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await revokeShare(db, caller(request), request.params.caseId, request.params.shareId);
      return reply.status(204).send(null);
    },
  );
  routes.post(
    '/cases/:caseId/break-glass',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Supervisor emergency access (reason required, expires, alerts auditors)',
        params: caseId,
        body: breakGlassRequest,
        response: { 201: breakGlassGrant, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await breakGlass(db, caller(request), request.params.caseId, request.body.reason)),
  );
  routes.post(
    '/cases/:caseId/conflict-of-interest',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Declare a conflict of interest and step away from a case',
        params: caseId,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await declareConflict(deps.database, caller(request), request.params.caseId);
      return reply.status(204).send(null);
    },
  );
}
