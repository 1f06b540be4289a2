import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { problem } from '../../contracts/system.ts';
import { authenticate, signedInUser } from '../../platform/auth/authenticate.ts';
import type { AppDependencies } from '../../platform/http/app.ts';
import { caseCaller } from '../cases/case-actor.ts';
import { caseId } from '../cases/contract.ts';
import { personParams } from '../cases/people-contract.ts';
import { decideIdentification } from './decide-identification.ts';
import { listIdentification } from './list-identification.ts';
import { listScreenings } from './list-screenings.ts';
import {
  identificationDecision,
  identificationList,
  identificationRequest,
  recordScreeningRequest,
  screeningList,
  storedScreening,
} from './record-contract.ts';
import { recordScreening } from './record-screening.ts';

const tags = ['screening'];
const errors = { 400: problem, 401: problem, 404: problem };

export function registerCaseScreeningRoutes(app: FastifyInstance, deps: AppDependencies): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;
  const preHandler = authenticate(deps);
  const caller = (request: FastifyRequest) => caseCaller(signedInUser(request), request.id);
  routes.post(
    '/cases/:caseId/screenings',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Screen and keep the result on a case',
        params: caseId,
        body: recordScreeningRequest,
        response: { 201: storedScreening, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await recordScreening(db, caller(request), request.params.caseId, request.body)),
  );
  routes.get(
    '/cases/:caseId/screenings',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Screenings kept on a case',
        params: caseId,
        response: { 200: screeningList, ...errors },
      },
    },
    async (request) => listScreenings(db, caller(request), request.params.caseId),
  );
  routes.get(
    '/cases/:caseId/identification',
    {
      preHandler,
      schema: {
        tags,
        summary: 'The current identification status of each person of a case',
        params: caseId,
        response: { 200: identificationList, ...errors },
      },
    },
    async (request) => listIdentification(db, caller(request), request.params.caseId),
  );
  routes.post(
    '/cases/:caseId/people/:personId/identification',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Decide identification status (possible, confirmed, not a victim)',
        params: personParams,
        body: identificationRequest,
        response: { 201: identificationDecision, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await decideIdentification(db, caller(request), request.params, request.body)),
  );
}
