import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { problem } from '../../contracts/system.ts';
import { authenticate, signedInUser } from '../../platform/auth/authenticate.ts';
import type { AppDependencies } from '../../platform/http/app.ts';
import { expectedVersion, ifMatchHeader, tagVersion } from '../../platform/http/versioning.ts';
import { caseCaller } from '../cases/case-actor.ts';
import { caseId } from '../cases/contract.ts';
import { coverageGapReport } from './coverage-contract.ts';
import { createReferral } from './create-referral.ts';
import { listCaseReferrals } from './list-case-referrals.ts';
import { listReferralInbox } from './list-referral-inbox.ts';
import { matchParams, matchQuery, matchResult } from './match-contract.ts';
import { matchSurvivor } from './match-survivor.ts';
import { moveReferral } from './move-referral.ts';
import { readReferral } from './read-referral.ts';
import {
  referralId,
  referralList,
  referralMove,
  referralRequest,
  referralView,
} from './referral-contract.ts';
import { reportCoverageGaps } from './report-coverage-gaps.ts';

const tags = ['referrals'];
const errors = {
  400: problem,
  401: problem,
  403: problem,
  404: problem,
  409: problem,
  412: problem,
  428: problem,
};

export function registerReferralRoutes(app: FastifyInstance, deps: AppDependencies): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;
  const hours = deps.settings.referralResponseHours;
  const preHandler = authenticate(deps);
  const caller = (request: FastifyRequest) => caseCaller(signedInUser(request), request.id);
  routes.get(
    '/cases/:caseId/people/:personId/service-matches',
    {
      preHandler,
      schema: {
        tags,
        summary: "Services that fit a survivor's needs, ranked and explained, and the needs left uncovered",
        params: matchParams,
        querystring: matchQuery,
        response: { 200: matchResult, ...errors },
      },
    },
    async (request) =>
      matchSurvivor(db, caller(request), request.params.caseId, request.params.personId, request.query),
  );
  routes.get(
    '/cases/:caseId/referrals',
    {
      preHandler,
      schema: {
        tags,
        summary: "A case's referrals",
        params: caseId,
        response: { 200: referralList, ...errors },
      },
    },
    async (request) => listCaseReferrals(db, caller(request), request.params.caseId),
  );
  routes.post(
    '/cases/:caseId/referrals',
    {
      preHandler,
      schema: {
        tags,
        summary:
          'Refer a survivor to a service (needs consent for that provider, or a supervisor’s override)',
        params: caseId,
        body: referralRequest,
        response: { 201: referralView, ...errors },
      },
    },
    async (request, reply) => {
      const created = await createReferral(db, caller(request), request.params.caseId, request.body, hours);
      tagVersion(reply, created.version);
      return reply.status(201).send(created);
    },
  );
  routes.get(
    '/referrals',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Referrals your agency received or sent, overdue first',
        response: { 200: referralList, ...errors },
      },
    },
    async (request) => listReferralInbox(db, caller(request)),
  );
  routes.get(
    '/referrals/:referralId',
    {
      preHandler,
      schema: {
        tags,
        summary: 'One referral and its history',
        params: referralId,
        response: { 200: referralView, ...errors },
      },
    },
    async (request, reply) => {
      const view = await readReferral(db, caller(request), request.params.referralId);
      tagVersion(reply, view.version);
      return view;
    },
  );
  routes.post(
    '/referrals/:referralId/transitions',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Send, accept, decline, start, complete or withdraw a referral (If-Match)',
        params: referralId,
        headers: ifMatchHeader,
        body: referralMove,
        response: { 200: referralView, ...errors },
      },
    },
    async (request, reply) => {
      const view = await moveReferral(
        db,
        caller(request),
        request.params.referralId,
        expectedVersion(request),
        request.body,
        hours,
      );
      tagVersion(reply, view.version);
      return view;
    },
  );
  routes.get(
    '/statistics/service-gaps',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Unmet need for services by state, population and kind of service (statisticians)',
        response: { 200: coverageGapReport, ...errors },
      },
    },
    async (request) => reportCoverageGaps(db, caller(request), deps.settings.statisticsConsent),
  );
}
