import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problem } from '../../contracts/system.ts';
import { DEFAULT_IDENTITY_READS_PER_HOUR } from '../../platform/audit/alerts.ts';
import { authenticate, signedInUser } from '../../platform/auth/authenticate.ts';
import { requireRecentAuthentication } from '../../platform/auth/recent-authentication.ts';
import type { AppDependencies } from '../../platform/http/app.ts';
import { addPerson } from './add-person.ts';
import { caseCaller } from './case-actor.ts';
import { caseId } from './contract.ts';
import { findByCurp } from './find-by-curp.ts';
import { listPeople } from './list-people.ts';
import {
  addPersonRequest,
  curpMatches,
  curpSearch,
  peopleList,
  personParams,
  revealedPerson,
  revealRequest,
} from './people-contract.ts';
import { revealPerson } from './reveal-person.ts';

const tags = ['people'];
/** Revealing who a survivor is needs a sign-in or re-authentication this recent. */
export const REVEAL_REAUTHENTICATION_MINUTES = 15;
const errors = { 400: problem, 401: problem, 404: problem };

export function registerPeopleRoutes(app: FastifyInstance, deps: AppDependencies): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;
  const preHandler = authenticate(deps);
  const caller = (request: FastifyRequest) => caseCaller(signedInUser(request), request.id);
  const revealDeps = { db, keyRing: deps.keyRing, identityReadsPerHour: DEFAULT_IDENTITY_READS_PER_HOUR };

  routes.post(
    '/cases/:caseId/people',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Record a person in a case (identity encrypted)',
        params: caseId,
        body: addPersonRequest,
        response: { 201: z.object({ id: z.uuid() }), ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addPerson(db, deps.keyRing, caller(request), request.params.caseId, request.body)),
  );
  routes.get(
    '/cases/:caseId/people',
    {
      preHandler,
      schema: {
        tags,
        summary: 'People in a case, without identities',
        params: caseId,
        response: { 200: peopleList, ...errors },
      },
    },
    async (request) => listPeople(db, caller(request), request.params.caseId),
  );
  routes.post(
    '/cases/:caseId/people/:personId/reveal',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Reveal who a person is, with a reason (audited)',
        params: personParams,
        body: revealRequest,
        response: { 200: revealedPerson, ...errors },
      },
    },
    async (request) => {
      requireRecentAuthentication(request, REVEAL_REAUTHENTICATION_MINUTES);
      return revealPerson(revealDeps, caller(request), request.params, request.body.reason);
    },
  );
  routes.post(
    '/people/search/curp',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Find people by CURP (exact, keyed index; the CURP travels in the body, never the URL)',
        body: curpSearch,
        response: { 200: curpMatches, ...errors },
      },
    },
    async (request) => findByCurp(db, deps.keyRing, caller(request), request.body.curp),
  );
}
