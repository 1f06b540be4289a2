import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { problem } from '../../contracts/system.ts';
import { SESSION_COOKIE } from '../auth/session-token.ts';
import { UNLIMITED_ROUTES } from './request-limits.ts';

type RouteDocument = Parameters<typeof jsonSchemaTransform>[0];

/**
 * Every counted API route may answer 429 (request limits) or 503 (load shedding) before its handler
 * runs; clients generated from the document must expect both, so each route declares them.
 */
function withRefusals(route: RouteDocument): RouteDocument {
  const { schema, url } = route;
  if (!url.startsWith('/api/') || UNLIMITED_ROUTES.has(url) || schema?.response === undefined) return route;
  const declared = schema.response as Record<string, unknown>;
  return {
    ...route,
    schema: { ...schema, response: { 429: problem, 503: problem, ...declared } },
  };
}

export async function registerOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Enlace API',
        version,
        description:
          'API of Enlace. Errors are RFC 9457 problem+json with a stable `code`; messages follow Accept-Language (es-MX by default, en).',
      },
      components: {
        securitySchemes: {
          session: {
            type: 'apiKey',
            in: 'cookie',
            name: SESSION_COOKIE,
            description: `Set by signing in. Behind TLS its name is \`__Host-${SESSION_COOKIE}\`.`,
          },
        },
      },
    },
    transform: (route) => jsonSchemaTransform(withRefusals(route)),
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    // Without the standalone top bar: its logo is an SVG with a <style> element, which the
    // Content-Security-Policy refuses (no 'unsafe-inline'), and its box loads documents from any address.
    uiConfig: { docExpansion: 'list', layout: 'BaseLayout' },
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
