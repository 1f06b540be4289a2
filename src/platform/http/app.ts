import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { registerModuleRoutes } from '../../modules/http-routes.ts';
import type { AnnualFiguresSource } from '../../modules/statistics/annual-figures-source.ts';
import { registerSessionRoutes } from '../auth/routes.ts';
import type { Settings } from '../config/config.ts';
import type { KeyRing } from '../crypto/key-ring.ts';
import type { Database } from '../db/database.ts';
import { createMetrics, type Metrics } from '../metrics/metrics.ts';
import { registerMetrics } from '../metrics/routes.ts';
import {
  answerUnreadableRequest,
  answerUnroutableUrl,
  registerErrorHandling,
  sendProblem,
} from './error-handler.ts';
import { registerLoadShedding } from './load-shedding.ts';
import { loggerOptions, requestId } from './logger.ts';
import { registerNulRefusal } from './nul-characters.ts';
import { registerOpenApi } from './openapi.ts';
import { registerRequestLanguage } from './request-context.ts';
import { registerRequestLimits } from './request-limits.ts';
import { registerSecurity } from './security.ts';
import { registerWebApp } from './static-web.ts';
import { registerSystemRoutes } from './system-routes.ts';
import { APP_VERSION } from './version.ts';

export type AppDependencies = {
  database: Database;
  settings: Settings;
  /** Keys for identifying fields; loaded once at start from outside the database. */
  keyRing: KeyRing;
  /** The built web app; `false` serves the API only. */
  webRoot?: string | false;
  /** Where log lines go (standard output by default); tests read them to prove what is never logged. */
  logStream?: NodeJS.WritableStream;
  /** Where the annual report and statistics releases get a year's figures; the statistics engine when absent. */
  annualFiguresSource?: AnnualFiguresSource;
  /** Where this process counts requests and background rounds; a fresh one when absent. */
  metrics?: Metrics;
};

export type App = FastifyInstance;

/** Builds the whole HTTP application without listening, so tests drive it over real sockets or inject. */
export async function buildApp(deps: AppDependencies): Promise<App> {
  const app = Fastify({
    logger: loggerOptions(deps.settings.logLevel, deps.logStream),
    genReqId: requestId,
    bodyLimit: deps.settings.bodyLimitBytes,
    trustProxy: deps.settings.trustProxy,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    frameworkErrors: answerUnroutableUrl,
    clientErrorHandler: answerUnreadableRequest,
  }).withTypeProvider<ZodTypeProvider>();
  // The API speaks JSON only; anything else is 415 rather than a confusing validation error.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('X-Request-Id', request.id);
  });
  registerRequestLanguage(app);
  app.decorateRequest('user', undefined);
  app.decorateRequest('authenticatedAt', null);
  registerErrorHandling(app, deps.settings.bodyLimitBytes);
  await registerSecurity(app);
  await app.register(cookie);
  await registerLoadShedding(app, deps.settings);
  await registerRequestLimits(app, deps.settings);
  registerNulRefusal(app);
  await registerOpenApi(app, APP_VERSION);
  registerSystemRoutes(app, deps.database);
  registerMetrics(app, deps.metrics ?? createMetrics(), deps.database, deps.settings.metricsToken);
  await app.register(
    async (v1) => {
      registerSessionRoutes(v1, deps);
      registerModuleRoutes(v1, deps);
    },
    { prefix: '/api/v1' },
  );
  const serveIndex = await registerWebApp(app, deps.webRoot);
  app.setNotFoundHandler((request, reply) => {
    if (request.method === 'GET' && !request.url.startsWith('/api')) return serveIndex(reply);
    // The path is not echoed: a client that builds addresses from data would see that data come back.
    return sendProblem(request, reply, {
      status: 404,
      code: 'route_not_found',
      params: { method: request.method },
    });
  });
  return app;
}
