import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

export const WEB_ROOT = path.resolve(import.meta.dirname, '../../../dist/web');

/** Serves the built web app; unknown non-API paths get index.html so client-side routes load. */
export async function registerWebApp(app: FastifyInstance, webRoot: string | false = WEB_ROOT) {
  const built = webRoot !== false && existsSync(path.join(webRoot, 'index.html'));
  if (built) await app.register(fastifyStatic, { root: webRoot, wildcard: false, index: false });
  return (reply: FastifyReply) => {
    if (!built) return reply.type('text/plain; charset=utf-8').status(503).send(NOT_BUILT);
    return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
  };
}

const NOT_BUILT =
  'La aplicación web no está compilada: ejecute `npm run build:web`.\nThe web app is not built: run `npm run build:web`.\n';
