import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { about, health, problem, readiness } from '../../contracts/system.ts';
import type { Database } from '../db/database.ts';
import { migrationStatus } from '../db/migrations.ts';
import { LANGUAGES } from '../i18n/languages.ts';
import { ProblemError } from './problem.ts';
import { APP_VERSION } from './version.ts';

export function registerSystemRoutes(app: FastifyInstance, database: Database): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  routes.get(
    '/api/health',
    { schema: { tags: ['system'], summary: 'Liveness: the process answers', response: { 200: health } } },
    async () => ({ status: 'ok' as const }),
  );
  routes.get(
    '/api/ready',
    {
      schema: {
        tags: ['system'],
        summary: 'Readiness: the database answers and every migration is applied',
        response: { 200: readiness, 503: problem },
      },
    },
    async () => {
      const states = await migrationStatus(database.app).catch(() => {
        throw new ProblemError(503, 'service_unavailable');
      });
      const pending = states.filter((state) => state.state === 'pending').length;
      if (pending > 0) throw new ProblemError(503, 'service_unavailable');
      return {
        status: 'ready' as const,
        database: 'up' as const,
        migrations: { applied: states.length, pending },
      };
    },
  );
  routes.get(
    '/api/v1/about',
    {
      schema: { tags: ['system'], summary: 'Versions of Enlace and its database', response: { 200: about } },
    },
    async () => ({
      name: 'Enlace' as const,
      version: APP_VERSION,
      node: process.versions.node,
      database: { mode: database.mode, serverVersion: database.serverVersion },
      languages: [...LANGUAGES],
    }),
  );
}
