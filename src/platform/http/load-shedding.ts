import underPressure from '@fastify/under-pressure';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Settings } from '../config/config.ts';
import type { Database } from '../db/database.ts';
import { ProblemError } from './problem.ts';
import { UNLIMITED_ROUTES } from './request-limits.ts';

/** Long enough for a queue of a few hundred queries to drain; short enough that people retry soon. */
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
 * Refuses new requests at the door, before they parse a body or take a connection, when this process
 * cannot serve them in reasonable time: more than `overloadQueuedQueries` queries already wait for a
 * pooled connection (the database is the bottleneck), or the event loop lags more than
 * `overloadEventLoopDelayMs` (the process is). A refused request answers 503 at once and has done
 * nothing, so nothing is audited; requests already admitted finish.
 */
export async function registerLoadShedding(
  app: FastifyInstance,
  database: Database,
  settings: Settings,
): Promise<void> {
  const queueLimit = settings.overloadQueuedQueries;
  if (queueLimit > 0) {
    app.addHook('onRequest', async (request) => {
      if (database.app.waitingCount >= queueLimit && !isShielded(request)) throw overloaded();
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
