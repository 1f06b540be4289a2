import underPressure from '@fastify/under-pressure';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Settings } from '../config/config.ts';
import { ProblemError } from './problem.ts';
import { UNLIMITED_ROUTES } from './request-limits.ts';

/** Long enough for a few hundred requests in progress to finish; short enough that people retry soon. */
export const OVERLOAD_RETRY_SECONDS = 5;

const overloaded = () =>
  new ProblemError(
    503,
    'service_overloaded',
    { seconds: OVERLOAD_RETRY_SECONDS },
    { 'Retry-After': String(OVERLOAD_RETRY_SECONDS) },
  );

/** Probes must tell a saturated process from a dead one, and the web app's files touch no database. */
const isShielded = (request: FastifyRequest) =>
  !request.url.startsWith('/api/') || UNLIMITED_ROUTES.has(request.routeOptions.url ?? '');

/**
 * Refuses new API requests at the door, before they parse a body or take a database connection, when
 * this process cannot serve them in reasonable time: `overloadInFlight` API requests are already in
 * progress (they wait for the database pool, whose 20 connections are the bottleneck), or the event
 * loop lags more than `overloadEventLoopDelayMs` (the process itself is). A refused request answers 503
 * at once and has done nothing, so nothing is audited; requests already admitted finish. Counting
 * admitted requests rather than queries waiting for a connection also turns away a sudden burst, which
 * arrives before any of its queries has queued (docs/benchmarks.md, "Load").
 */
export async function registerLoadShedding(app: FastifyInstance, settings: Settings): Promise<void> {
  const limit = settings.overloadInFlight;
  if (limit > 0) {
    let inFlight = 0;
    app.addHook('onRequest', async (request, reply) => {
      if (isShielded(request)) return;
      if (inFlight >= limit) throw overloaded();
      inFlight++;
      // 'close' comes once per response, finished or abandoned by the client.
      reply.raw.once('close', () => inFlight--);
    });
  }
  if (settings.overloadEventLoopDelayMs > 0) {
    await app.register(underPressure, {
      maxEventLoopDelay: settings.overloadEventLoopDelayMs,
      pressureHandler: async (request) => {
        if (!isShielded(request)) throw overloaded();
      },
    });
  }
}
