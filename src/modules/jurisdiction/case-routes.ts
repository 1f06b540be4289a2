import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problem } from '../../contracts/system.ts';
import { authenticate, signedInUser } from '../../platform/auth/authenticate.ts';
import type { AppDependencies } from '../../platform/http/app.ts';
import { caseCaller } from '../cases/case-actor.ts';
import { caseId } from '../cases/contract.ts';
import {
  caseJurisdiction,
  storedJurisdiction,
  transferId,
  transferInbox,
  transferRequest,
  transferResponse,
} from './case-contract.ts';
import { jurisdictionFacts } from './contract.ts';
import { decideCaseJurisdiction } from './decide-case-jurisdiction.ts';
import { listTransfers } from './list-transfers.ts';
import { readCaseJurisdiction } from './read-case-jurisdiction.ts';
import { requestCaseTransfer } from './request-transfer.ts';
import { respondToTransfer } from './respond-transfer.ts';

const tags = ['jurisdiction'];
const errors = { 400: problem, 401: problem, 404: problem, 409: problem };

export function registerCaseJurisdictionRoutes(app: FastifyInstance, deps: AppDependencies): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;
  const preHandler = authenticate(deps);
  const caller = (request: FastifyRequest) => caseCaller(signedInUser(request), request.id);
  routes.get(
    '/cases/:caseId/jurisdiction',
    {
      preHandler,
      schema: {
        tags,
        summary:
          "Where a case's jurisdiction stands: decisions, owner, open transfer, time undetermined and in dispute",
        params: caseId,
        response: { 200: caseJurisdiction, ...errors },
      },
    },
    async (request) => readCaseJurisdiction(db, caller(request), request.params.caseId),
  );
  routes.post(
    '/cases/:caseId/jurisdiction',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Decide and keep who is competent for a case',
        params: caseId,
        body: jurisdictionFacts,
        response: { 201: storedJurisdiction, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await decideCaseJurisdiction(db, caller(request), request.params.caseId, request.body)),
  );
  routes.post(
    '/cases/:caseId/transfers',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Ask another authority to take the case over',
        params: caseId,
        body: transferRequest,
        response: { 201: z.object({ id: z.uuid(), respondBy: z.string() }), ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await requestCaseTransfer(db, caller(request), request.params.caseId, request.body)),
  );
  routes.get(
    '/transfers',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Transfer requests your agency received or sent',
        response: { 200: transferInbox, ...errors },
      },
    },
    async (request) => listTransfers(db, caller(request)),
  );
  routes.post(
    '/transfers/:transferId/response',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Accept or decline a transfer request',
        params: transferId,
        body: transferResponse,
        response: {
          200: z.object({ caseId: z.uuid(), status: z.enum(['accepted', 'declined']) }),
          ...errors,
        },
      },
    },
    async (request) => respondToTransfer(db, caller(request), request.params.transferId, request.body),
  );
}
