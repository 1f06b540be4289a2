import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { problem } from '../../contracts/system.ts';
import { authenticate, signedInUser } from '../../platform/auth/authenticate.ts';
import type { AppDependencies } from '../../platform/http/app.ts';
import { expectedVersion, ifMatchHeader, tagVersion } from '../../platform/http/versioning.ts';
import { personFilter, recordParams } from '../case-records/contract.ts';
import { registerRecordRoutes } from '../case-records/record-routes.ts';
import { caseCaller } from '../cases/case-actor.ts';
import { caseId } from '../cases/contract.ts';
import {
  consentList,
  consentPatch,
  consentRequest,
  consentView,
  revocationRequest,
} from './consent-contract.ts';
import { consentRecord } from './consent-record.ts';
import { listConsents } from './list-consents.ts';
import { revokeConsent } from './revoke-consent.ts';

const tag = 'consent';
const errors = { 400: problem, 401: problem, 404: problem };

export function registerConsentRoutes(app: FastifyInstance, deps: AppDependencies): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const recordDeps = { db: deps.database.db, keyRing: deps.keyRing };
  const preHandler = authenticate(deps);
  const caller = (request: FastifyRequest) => caseCaller(signedInUser(request), request.id);

  routes.get(
    '/cases/:caseId/consents',
    {
      preHandler,
      schema: {
        tags: [tag],
        summary:
          "What a case's survivors agreed to share (or one person's, ?personId=), and how they count in statistics",
        params: caseId,
        querystring: personFilter,
        response: { 200: consentList, ...errors },
      },
    },
    async (request) =>
      listConsents(
        { ...recordDeps, policy: deps.settings.statisticsConsent },
        caller(request),
        request.params.caseId,
        request.query.personId,
      ),
  );
  registerRecordRoutes(app, deps, {
    kind: consentRecord,
    path: 'consents',
    tag,
    noun: 'a consent (scopes, recipients, date)',
    create: consentRequest,
    patch: consentPatch,
    view: consentView,
  });
  routes.post(
    '/cases/:caseId/consents/:recordId/revocation',
    {
      preHandler,
      schema: {
        tags: [tag],
        summary: 'Record that a consent was withdrawn; If-Match must carry the version read (ETag)',
        params: recordParams,
        headers: ifMatchHeader,
        body: revocationRequest,
        response: { 200: consentView, ...errors, 403: problem, 409: problem, 412: problem, 428: problem },
      },
    },
    async (request, reply) => {
      const expected = expectedVersion(request);
      const view = await revokeConsent(
        recordDeps,
        caller(request),
        request.params,
        expected,
        request.body.revokedOn,
      );
      tagVersion(reply, view.version);
      return view;
    },
  );
}
