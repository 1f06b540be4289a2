import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  pairDecisionRequest,
  pairId,
  reviewPairDetail,
  reviewQueue,
  reviewQueueQuery,
} from '../../../contracts/linkage.ts';
import { problem } from '../../../contracts/system.ts';
import { authenticate, signedInUser } from '../../../platform/auth/authenticate.ts';
import type { AppDependencies } from '../../../platform/http/app.ts';
import { expectedVersion, ifMatchHeader, tagVersion } from '../../../platform/http/versioning.ts';
import { caseCaller } from '../../cases/case-actor.ts';
import { decidePair } from './decide-pair.ts';
import { listReviewPairs } from './list-review-pairs.ts';
import { readReviewPair } from './read-review-pair.ts';

const tags = ['linkage'];
const errors = { 400: problem, 401: problem, 403: problem, 404: problem };

/** The record-linkage review queue: supervisors decide pairs whose two records they may both see. */
export function registerLinkageReviewRoutes(app: FastifyInstance, deps: AppDependencies): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;
  const preHandler = authenticate(deps);
  const caller = (request: FastifyRequest) => caseCaller(signedInUser(request), request.id);

  routes.get(
    '/linkage/review-pairs',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Pairs of survivor records that may be one person (pending, linked or decided), 25 a page',
        description:
          'Supervisors only (403 otherwise); lists only pairs whose two records the caller may see.',
        querystring: reviewQueueQuery,
        response: { 200: reviewQueue, ...errors },
      },
    },
    (request) => listReviewPairs(db, caller(request), request.query),
  );

  routes.get(
    '/linkage/review-pairs/:pairId',
    {
      preHandler,
      schema: {
        tags,
        summary: "One pair with the engine's evidence per field; the match weight is their sum",
        params: pairId,
        response: { 200: reviewPairDetail, ...errors },
      },
    },
    async (request, reply) => {
      const pair = await readReviewPair(db, caller(request), request.params.pairId);
      tagVersion(reply, pair.version);
      return pair;
    },
  );

  routes.post(
    '/linkage/review-pairs/:pairId/decision',
    {
      preHandler,
      schema: {
        tags,
        summary:
          'Decide that two records are the same person or different people (an unmerge needs a reason)',
        description:
          'If-Match with the pair version is required (428 without it, 412 when it changed). Decisions are never changed by later linkage runs; the clusters are redrawn at once.',
        params: pairId,
        headers: ifMatchHeader,
        body: pairDecisionRequest,
        response: { 200: reviewPairDetail, ...errors, 412: problem, 422: problem, 428: problem },
      },
    },
    async (request, reply) => {
      const expected = expectedVersion(request);
      const user = signedInUser(request);
      const pair = await decidePair(
        { db, keyRing: deps.keyRing },
        { ...caller(request), userId: user.id },
        { pairId: request.params.pairId, expectedVersion: expected },
        request.body,
      );
      tagVersion(reply, pair.version);
      return pair;
    },
  );
}
