import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { problem } from '../../contracts/system.ts';
import { authenticate, signedInUser } from '../../platform/auth/authenticate.ts';
import type { AppDependencies } from '../../platform/http/app.ts';
import { caseCaller } from '../cases/case-actor.ts';
import { caseId } from '../cases/contract.ts';
import { followUpTaskList, serviceTimeline, timelineParams } from './follow-up-contract.ts';
import { listCaseTasks } from './list-case-tasks.ts';
import { listTaskInbox } from './list-task-inbox.ts';
import { readServiceTimeline } from './read-service-timeline.ts';

const tags = ['protection'];
const errors = { 400: problem, 401: problem, 404: problem };

export function registerFollowUpRoutes(app: FastifyInstance, deps: AppDependencies): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;
  const preHandler = authenticate(deps);
  const caller = (request: FastifyRequest) => caseCaller(signedInUser(request), request.id);
  routes.get(
    '/follow-up-tasks',
    {
      preHandler,
      schema: {
        tags,
        summary: "Your agency's follow-up of protection measures, overdue first",
        description:
          'Open immigration relief, repatriation, witness protection and compensation measures the agency recorded, each with its deadline; only on cases the agency still reaches.',
        response: { 200: followUpTaskList, ...errors },
      },
    },
    async (request) => listTaskInbox(db, caller(request)),
  );
  routes.get(
    '/cases/:caseId/follow-up-tasks',
    {
      preHandler,
      schema: {
        tags,
        summary: "A case's open follow-up tasks with their deadlines",
        description: 'Witness protection only for those who may read the investigation.',
        params: caseId,
        response: { 200: followUpTaskList, ...errors },
      },
    },
    async (request) => listCaseTasks(db, caller(request), request.params.caseId),
  );
  routes.get(
    '/cases/:caseId/people/:personId/service-timeline',
    {
      preHandler,
      schema: {
        tags,
        summary: "A survivor's timeline of services received: referrals step by step and protection measures",
        params: timelineParams,
        response: { 200: serviceTimeline, ...errors },
      },
    },
    async (request) =>
      readServiceTimeline(
        { db, keyRing: deps.keyRing },
        caller(request),
        request.params.caseId,
        request.params.personId,
      ),
  );
}
