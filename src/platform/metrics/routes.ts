import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problem } from '../../contracts/system.ts';
import type { Database } from '../db/database.ts';
import { ProblemError } from '../http/problem.ts';
import type { Metrics } from './metrics.ts';

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/**
 * Times every request by the route pattern that matched and, when `token` is set, serves
 * `GET /metrics` to whoever presents it as a bearer token. Without a token the endpoint is off.
 */
export function registerMetrics(
  app: FastifyInstance,
  metrics: Metrics,
  database: Database,
  token: string | undefined,
): void {
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.requestAnswered(request.method, route, reply.statusCode, reply.elapsedTime / 1000);
  });
  const expected = token === undefined ? undefined : digest(token);
  app.withTypeProvider<ZodTypeProvider>().get(
    '/metrics',
    {
      schema: {
        tags: ['system'],
        summary: 'Prometheus metrics; needs the bearer token of ENLACE_METRICS_TOKEN, absent without it',
        response: { 200: z.string(), 401: problem, 404: problem },
      },
    },
    async (request, reply) => {
      // Switched off, the path answers like any path that does not exist (not the web app's page).
      if (expected === undefined) {
        throw new ProblemError(404, 'route_not_found', { method: request.method, path: '/metrics' });
      }
      const presented = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
      if (presented === undefined || !timingSafeEqual(digest(presented), expected)) {
        throw new ProblemError(401, 'metrics_token_invalid', {}, { 'WWW-Authenticate': 'Bearer' });
      }
      return reply
        .header('Cache-Control', 'no-store')
        .type('text/plain; version=0.0.4; charset=utf-8')
        .send(await metrics.render(database));
    },
  );
}
