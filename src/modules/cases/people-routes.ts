import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problem } from '../../contracts/system.ts';
import { DEFAULT_IDENTITY_READS_PER_HOUR } from '../../platform/audit/alerts.ts';
import { authenticate, signedInUser } from '../../platform/auth/authenticate.ts';
import { requireRecentAuthentication } from '../../platform/auth/recent-authentication.ts';
import type { AppDependencies } from '../../platform/http/app.ts';
import { expectedVersion, ifMatchHeader, tagVersion } from '../../platform/http/versioning.ts';
import { addPerson } from './add-person.ts';
import { caseCaller } from './case-actor.ts';
import { caseId } from './contract.ts';
import { listPeople } from './list-people.ts';
import {
  addPersonRequest,
  peopleList,
  personParams,
  personSummary,
  revealedPerson,
  revealRequest,
} from './people-contract.ts';
import { peopleSearchRequest, peopleSearchResult } from './people-search-contract.ts';
import { updateIdentityRequest, updatePersonRequest } from './person-update-contract.ts';
import { readPerson } from './read-person.ts';
import { revealPerson } from './reveal-person.ts';
import { searchPeople } from './search-people.ts';
import { updatePerson } from './update-person.ts';
import { updatePersonIdentity } from './update-person-identity.ts';

const tags = ['people'];
/** Revealing or replacing who a survivor is needs a sign-in or re-authentication this recent. */
export const REVEAL_REAUTHENTICATION_MINUTES = 15;
const errors = { 400: problem, 401: problem, 404: problem };
const versioned = { ...errors, 412: problem, 428: problem };

export function registerPeopleRoutes(app: FastifyInstance, deps: AppDependencies): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;
  const preHandler = authenticate(deps);
  const caller = (request: FastifyRequest) => caseCaller(signedInUser(request), request.id);
  const revealDeps = { db, keyRing: deps.keyRing, identityReadsPerHour: DEFAULT_IDENTITY_READS_PER_HOUR };
  const writeDeps = { db, keyRing: deps.keyRing };

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
  routes.get(
    '/cases/:caseId/people/:personId',
    {
      preHandler,
      schema: {
        tags,
        summary: 'One person of a case, without identity; ETag carries the version',
        params: personParams,
        response: { 200: personSummary, ...errors },
      },
    },
    async (request, reply) => {
      const person = await readPerson(db, caller(request), request.params);
      tagVersion(reply, person.version);
      return person;
    },
  );
  routes.patch(
    '/cases/:caseId/people/:personId',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Change what neither identifies nor locates a person; If-Match must carry the version read',
        description:
          'Without If-Match: 428. When the person changed since it was read: 412 with the current version.',
        params: personParams,
        headers: ifMatchHeader,
        body: updatePersonRequest,
        response: { 200: personSummary, ...versioned },
      },
    },
    async (request, reply) => {
      const expected = expectedVersion(request);
      const person = await updatePerson(writeDeps, caller(request), request.params, expected, request.body);
      tagVersion(reply, person.version);
      return person;
    },
  );
  routes.patch(
    '/cases/:caseId/people/:personId/identity',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Replace identity, documents or contact points (recent re-authentication, If-Match)',
        description:
          'Each part sent replaces the stored one whole. Needs the right to read what it replaces and a sign-in or re-authentication in the last 15 minutes (403 reauthentication_required).',
        params: personParams,
        headers: ifMatchHeader,
        body: updateIdentityRequest,
        response: { 200: personSummary, ...versioned, 403: problem },
      },
    },
    async (request, reply) => {
      requireRecentAuthentication(request, REVEAL_REAUTHENTICATION_MINUTES);
      const expected = expectedVersion(request);
      const person = await updatePersonIdentity(
        writeDeps,
        caller(request),
        request.params,
        expected,
        request.body,
      );
      tagVersion(reply, person.version);
      return person;
    },
  );
  routes.post(
    '/people/search',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Find people by CURP, passport or name (exact, keyed indexes; audited)',
        description:
          'The value travels in the body, never the URL. A name matches given names with both surnames, or given names with the first surname, ignoring accents, case and spacing. Only cases whose identities you may read.',
        body: peopleSearchRequest,
        response: { 200: peopleSearchResult, ...errors },
      },
    },
    async (request) => searchPeople(writeDeps, caller(request), request.body),
  );
}
