import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { recommendation } from '../../contracts/annual-report.ts';
import { problem } from '../../contracts/system.ts';
import { authenticate, signedInUser } from '../../platform/auth/authenticate.ts';
import type { AppDependencies } from '../../platform/http/app.ts';
import { expectedVersion, ifMatchHeader, tagVersion } from '../../platform/http/versioning.ts';
import { caseCaller } from '../cases/case-actor.ts';
import { readAssessmentHistory } from './assessment-history.ts';
import { createRecommendation } from './create-recommendation.ts';
import { judgeCriterion } from './judge-criterion.ts';
import { listRecommendations, readRecommendation } from './list-recommendations.ts';
import { loadSeedRecommendations } from './load-seed-recommendations.ts';
import { readAssessment } from './read-assessment.ts';
import { recordTier } from './record-tier.ts';
import {
  assessmentHistory,
  assessmentState,
  criterionParams,
  judgementRequest,
  judgementView,
  recommendationList,
  recommendationParams,
  recommendationPatch,
  recommendationRequest,
  reportParams,
  seededRecommendations,
  tierRequest,
  tierView,
} from './report-contract.ts';
import { updateRecommendation } from './update-recommendation.ts';

const errors = { 400: problem, 401: problem, 403: problem, 404: problem, 412: problem, 428: problem };

/** If-Match when the client sent one; creating a first judgement or tier needs none. */
const optionalVersion = (request: FastifyRequest) =>
  request.headers['if-match'] === undefined ? null : expectedVersion(request);

/** The assessment's judgements and tier, and the recommendations tracker; none needs the figures. */
export function registerTrackerRoutes(app: FastifyInstance, deps: AppDependencies): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;
  const preHandler = authenticate(deps);
  const caller = (request: FastifyRequest) => caseCaller(signedInUser(request), request.id);
  const tags = ['reports'];
  routes.get(
    '/assessments/:year',
    {
      preHandler,
      schema: {
        tags,
        summary: 'The judgements and tier recorded for a year, with their versions (report readers)',
        params: reportParams,
        response: { 200: assessmentState, ...errors },
      },
    },
    async (request) => readAssessment(db, caller(request), request.params.year),
  );
  routes.get(
    '/assessments/:year/history',
    {
      preHandler,
      schema: {
        tags,
        summary: "Changes to a year's judgements and tier, and to tracked recommendations, newest first",
        params: reportParams,
        response: { 200: assessmentHistory, ...errors },
      },
    },
    async (request) => readAssessmentHistory(db, caller(request), request.params.year),
  );
  routes.put(
    '/assessments/:year/criteria/:criterion',
    {
      preHandler,
      schema: {
        tags,
        summary: "A reviewer's judgement on one TVPA criterion (the commission; If-Match to change one)",
        params: criterionParams,
        headers: ifMatchHeader,
        body: judgementRequest,
        response: { 200: judgementView, 201: judgementView, ...errors },
      },
    },
    async (request, reply) => {
      const { judgement, created } = await judgeCriterion(
        db,
        caller(request),
        request.params,
        optionalVersion(request),
        request.body,
      );
      tagVersion(reply, judgement.version);
      return reply.status(created ? 201 : 200).send(judgement);
    },
  );
  routes.put(
    '/assessments/:year/tier',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Record the tier assessed for a year (the commission; If-Match to correct it)',
        params: reportParams,
        headers: ifMatchHeader,
        body: tierRequest,
        response: { 200: tierView, 201: tierView, ...errors },
      },
    },
    async (request, reply) => {
      const { tier, created } = await recordTier(
        db,
        caller(request),
        request.params.year,
        optionalVersion(request),
        request.body,
      );
      tagVersion(reply, tier.version);
      return reply.status(created ? 201 : 200).send(tier);
    },
  );
  routes.get(
    '/recommendations',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Tracked recommendations: all for report readers, its own for an owner agency',
        response: { 200: recommendationList, ...errors },
      },
    },
    async (request) => ({ items: await listRecommendations(db, caller(request)) }),
  );
  routes.post(
    '/recommendations',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Track a new recommendation (the commission)',
        body: recommendationRequest,
        response: { 201: recommendation, ...errors },
      },
    },
    async (request, reply) => {
      const created = await createRecommendation(db, caller(request), request.body);
      tagVersion(reply, created.version);
      return reply.status(201).send(created);
    },
  );
  routes.post(
    '/recommendations/seed',
    {
      preHandler,
      schema: {
        tags,
        summary: "Load the seed report's recommendations for Mexico as tracked items (idempotent)",
        response: { 200: seededRecommendations, ...errors },
      },
    },
    async (request) => ({ added: await loadSeedRecommendations(db, caller(request)) }),
  );
  routes.get(
    '/recommendations/:recommendationId',
    {
      preHandler,
      schema: {
        tags,
        summary: 'One tracked recommendation with its progress',
        params: recommendationParams,
        response: { 200: recommendation, ...errors },
      },
    },
    async (request, reply) => {
      const item = await readRecommendation(db, caller(request), request.params.recommendationId);
      tagVersion(reply, item.version);
      return item;
    },
  );
  routes.patch(
    '/recommendations/:recommendationId',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Change a recommendation or add progress (the commission; If-Match)',
        params: recommendationParams,
        headers: ifMatchHeader,
        body: recommendationPatch,
        response: { 200: recommendation, ...errors },
      },
    },
    async (request, reply) => {
      const changed = await updateRecommendation(
        db,
        caller(request),
        request.params.recommendationId,
        expectedVersion(request),
        request.body,
      );
      tagVersion(reply, changed.version);
      return changed;
    },
  );
}
