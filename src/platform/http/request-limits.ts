import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { throttledAddress } from '../auth/client-address.ts';
import type { Settings } from '../config/config.ts';
import { ProblemError } from './problem.ts';

/** Probes and the web app's files: load balancers and browsers fetch them, and they touch no data. */
export const UNLIMITED_ROUTES = new Set(['/api/health', '/api/ready']);

const isUnlimited = (request: FastifyRequest) =>
  !request.url.startsWith('/api/') || UNLIMITED_ROUTES.has(request.routeOptions.url ?? '');

/**
 * The subject a request counts against: the signed-in account, else the client's address (IPv6 by
 * its /64, as sign-in throttling counts it). The account id is opaque; no personal data in the key.
 */
export const limitKey = (request: FastifyRequest): string =>
  request.user ? `account:${request.user.id}` : `address:${throttledAddress(request.ip)}`;

/**
 * Requests a minute per account and per address, counted in this process's memory (docs/security.md,
 * "Request limits"). The check runs as the routes' last preHandler, after `authenticate` has named
 * the account; a refused request reaches no handler, so it writes and audits nothing.
 */
export async function registerRequestLimits(app: FastifyInstance, settings: Settings): Promise<void> {
  await app.register(rateLimit, {
    global: true,
    hook: 'preHandler',
    timeWindow: 60_000,
    cache: 50_000,
    allowList: isUnlimited,
    keyGenerator: limitKey,
    max: (_request, key) =>
      key.startsWith('account:') ? settings.rateLimitAccountPerMinute : settings.rateLimitAddressPerMinute,
    errorResponseBuilder: (_request, context) => {
      const seconds = Math.max(1, Math.ceil(context.ttl / 1000));
      return new ProblemError(429, 'rate_limited', { seconds }, { 'Retry-After': String(seconds) });
    },
  });
}
