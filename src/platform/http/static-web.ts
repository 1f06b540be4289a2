import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { contentSecurityPolicy, newNonce } from './content-security-policy.ts';

export const WEB_ROOT = path.resolve(import.meta.dirname, '../../../dist/web');

/** Written in web/index.html; replaced by each response's nonce, which the web app hands to Mantine. */
const NONCE_PLACEHOLDER = '__CSP_NONCE__';

/** Serves the built web app; unknown non-API paths get index.html so client-side routes load. */
export async function registerWebApp(app: FastifyInstance, webRoot: string | false = WEB_ROOT) {
  if (webRoot === false || !existsSync(path.join(webRoot, 'index.html')))
    return async (reply: FastifyReply) => reply.type('text/plain; charset=utf-8').status(503).send(NOT_BUILT);
  const indexFile = path.join(webRoot, 'index.html');
  // /index.html itself would go out with the placeholder: it is answered by the not-found handler instead.
  await app.register(fastifyStatic, {
    root: webRoot,
    wildcard: false,
    index: false,
    allowedPath: (pathName) => pathName !== '/index.html',
  });
  return async (reply: FastifyReply) => {
    // Read on every request, as a rebuilt web app is picked up without a restart.
    const page = await readFile(indexFile, 'utf8');
    const nonce = newNonce();
    return (
      reply
        .header('Content-Security-Policy', contentSecurityPolicy(nonce))
        // A cached page would carry a nonce that no longer matches the policy of a later response.
        .header('Cache-Control', 'no-store')
        .type('text/html; charset=utf-8')
        .send(page.replaceAll(NONCE_PLACEHOLDER, nonce))
    );
  };
}

const NOT_BUILT =
  'La aplicación web no está compilada: ejecute `npm run build:web`.\nThe web app is not built: run `npm run build:web`.\n';
