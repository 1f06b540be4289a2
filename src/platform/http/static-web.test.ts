import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { registerSecurity } from './security.ts';
import { registerWebApp } from './static-web.ts';

const PAGE =
  '<!doctype html><html><head><meta name="csp-nonce" content="__CSP_NONCE__" /></head><body></body></html>';

let webRoot: string;
let app: FastifyInstance;

beforeAll(async () => {
  webRoot = await mkdtemp(path.join(os.tmpdir(), 'enlace-web-'));
  await writeFile(path.join(webRoot, 'index.html'), PAGE);
  await writeFile(path.join(webRoot, 'app.js'), 'export {};');
  app = Fastify();
  await registerSecurity(app);
  const serveIndex = await registerWebApp(app, webRoot);
  app.setNotFoundHandler((_request, reply) => serveIndex(reply));
});
afterAll(async () => {
  await app.close();
  await rm(webRoot, { recursive: true, force: true });
});

async function servedPage(url: string) {
  const response = await app.inject({ method: 'GET', url });
  const policy = String(response.headers['content-security-policy']);
  const policyNonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  const pageNonce = /name="csp-nonce" content="([^"]+)"/.exec(response.body)?.[1];
  return { response, policy, policyNonce, pageNonce };
}

describe("the web app's page", () => {
  test.each(['/', '/cases/abc', '/index.html'])(
    "%s carries its policy's nonce, no unsafe-inline and is never stored",
    async (url) => {
      const { response, policy, policyNonce, pageNonce } = await servedPage(url);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(policyNonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(pageNonce).toBe(policyNonce);
      expect(policy).toContain(`style-src 'self' 'nonce-${policyNonce}'`);
      expect(policy).toContain("script-src 'self';");
      expect(policy).not.toContain('unsafe-inline');
      expect(response.headers['cache-control']).toBe('no-store');
    },
  );

  test('gets a different nonce on every response', async () => {
    const first = await servedPage('/');
    const second = await servedPage('/');
    expect(first.policyNonce).toBeDefined();
    expect(second.policyNonce).not.toBe(first.policyNonce);
    expect(second.pageNonce).toBe(second.policyNonce);
  });

  test('its scripts and stylesheets go out under the policy without a nonce', async () => {
    const response = await app.inject({ method: 'GET', url: '/app.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-security-policy']).toContain("style-src 'self';");
    expect(response.headers['content-security-policy']).not.toContain('nonce-');
  });
});
