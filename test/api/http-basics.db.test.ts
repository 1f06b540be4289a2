import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

let database: TestDatabase;
let server: TestApp;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestApp(database, { bodyLimitBytes: 4096 }, (app) => {
    // Stands for a use-case that lost a check-then-insert race: PostgreSQL refused the second insert.
    app.post('/api/test/raced', async () => {
      throw Object.assign(new Error('duplicate key value violates unique constraint (secret-value)'), {
        code: '23505',
      });
    });
  });
});
afterAll(async () => {
  await server.close();
  await database.close();
});

const raw = (path: string, init: RequestInit = {}) => fetch(`${server.baseUrl}${path}`, init);
// biome-ignore lint/suspicious/noExplicitAny: assertions below check the JSON's shape
const json = async (response: Response): Promise<any> => response.json();

describe('system endpoints', () => {
  it('health answers 200 and ready reports the migrations', async () => {
    const api = client(server.baseUrl);
    expect(await api.call('GET', '/api/health')).toMatchObject({ status: 200, body: { status: 'ok' } });
    const ready = await api.call('GET', '/api/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({ status: 'ready', database: 'up', migrations: { pending: 0 } });
    expect(ready.body.migrations.applied).toBeGreaterThan(0);
  });

  it('ready answers 503 while a migration is pending', async () => {
    const row = await database.owner.query('DELETE FROM enlace_migrations WHERE version = 1 RETURNING *');
    try {
      const ready = await client(server.baseUrl).call('GET', '/api/ready');
      expect(ready.status).toBe(503);
      expect(ready.body.code).toBe('service_unavailable');
    } finally {
      const { version, name, checksum, applied_at } = row.rows[0];
      await database.owner.query('INSERT INTO enlace_migrations VALUES ($1, $2, $3, $4)', [
        version,
        name,
        checksum,
        applied_at,
      ]);
    }
  });

  it('about names the version, Node.js and the database', async () => {
    const about = await client(server.baseUrl).call('GET', '/api/v1/about');
    expect(about.body).toMatchObject({
      name: 'Enlace',
      node: process.versions.node,
      languages: ['es-MX', 'en'],
    });
    expect(about.body.database.serverVersion).toMatch(/^1[5-9]/);
  });

  it('serves an OpenAPI 3.1 document that validates, and browsable docs', async () => {
    const document = await json(await raw('/api/openapi.json'));
    expect(document.openapi).toBe('3.1.0');
    const result = await new Validator().validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/v1/session']));
    expect((await raw('/api/docs/')).status).toBe(200);
    expect(document.components.securitySchemes.session).toMatchObject({
      in: 'cookie',
      name: 'enlace_session',
    });
    expect(document.components.securitySchemes.session.description).toContain('__Host-enlace_session');
  });

  it('declares the request-limit and overload refusals on counted routes, not on the probes', async () => {
    const document = await json(await raw('/api/openapi.json'));
    const responses = (path: string, method: string) => Object.keys(document.paths[path][method].responses);
    expect(responses('/api/v1/cases/{caseId}', 'get')).toEqual(expect.arrayContaining(['200', '429', '503']));
    expect(responses('/api/v1/session', 'post')).toEqual(expect.arrayContaining(['429', '503']));
    expect(responses('/api/health', 'get')).not.toContain('429');
  });
});

const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  raw('/api/v1/session', { method: 'POST', body, headers: { 'accept-language': 'es-MX', ...headers } });

describe('problem details', () => {
  it('name every invalid field with a localized sentence and a stable code', async () => {
    const response = await post(JSON.stringify({ password: 42, rol: 'admin' }));
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    const problem = await json(response);
    expect(problem).toMatchObject({
      type: 'urn:enlace:problem:validation-failed',
      status: 400,
      code: 'validation_failed',
    });
    expect(problem.errors).toEqual(
      expect.arrayContaining([
        { path: 'username', code: 'required', message: 'username: este campo es obligatorio' },
        { path: 'password', code: 'invalid_type', message: 'password: se esperaba un texto' },
        { path: 'solicitud', code: 'unrecognized_keys', message: 'solicitud: campo no permitido: rol' },
      ]),
    );
  });

  it('answer English when asked', async () => {
    const response = await post(JSON.stringify({}), {
      'content-type': 'application/json',
      'accept-language': 'en',
    });
    const problem = await json(response);
    expect(response.headers.get('content-language')).toBe('en');
    expect(problem.title).toBe('Invalid data');
    expect(problem.errors[0].message).toBe('username: this field is required');
  });

  it('reject malformed JSON, other content types and oversized bodies without a 500', async () => {
    expect(await post('{"username":')).toMatchObject({ status: 400 });
    expect((await json(await post('{"username":'))).code).toBe('malformed_json');
    const text = await post('hola', { 'content-type': 'text/plain' });
    expect(text.status).toBe(415);
    expect((await json(text)).code).toBe('unsupported_media_type');
    const huge = await post(JSON.stringify({ username: 'x'.repeat(10_000), password: 'y' }));
    expect(huge.status).toBe(413);
    expect((await json(huge)).code).toBe('payload_too_large');
  });

  it('answer unknown API routes with 404 problem+json that does not quote the address', async () => {
    const response = await raw('/api/v1/no-such-thing/maria-lopez');
    expect(response.status).toBe(404);
    const body = await response.text();
    expect(JSON.parse(body).code).toBe('route_not_found');
    expect(body).not.toContain('maria-lopez');
  });

  it('answer unroutable and oversized addresses with problem+json that does not quote them', async () => {
    const long = await raw(`/api/v1/cases/${'maria-lopez-'.repeat(20)}`);
    expect(long.status).toBe(414);
    expect(long.headers.get('content-type')).toContain('application/problem+json');
    const longBody = await long.text();
    expect(JSON.parse(longBody).code).toBe('malformed_url');
    expect(longBody).not.toContain('maria-lopez');
    const broken = await raw('/api/v1/cases/%E0%A4%A');
    expect(broken.status).toBe(400);
    expect((await json(broken)).code).toBe('malformed_url');
  });

  it('answer requests whose headers are too large with 431 problem+json', async () => {
    const response = await raw('/api/v1/session', { headers: { 'x-padding': 'maria-lopez-'.repeat(3_000) } });
    expect(response.status).toBe(431);
    const body = await response.text();
    expect(JSON.parse(body)).toMatchObject({ status: 431, code: 'malformed_request' });
    expect(body).not.toContain('maria-lopez');
  });

  it('answer two requests that raced for the same record with 409, never a 500 that quotes the database', async () => {
    const response = await raw('/api/test/raced', { method: 'POST' });
    expect(response.status).toBe(409);
    const body = await response.text();
    expect(JSON.parse(body).code).toBe('concurrent_conflict');
    expect(body).not.toContain('secret-value');
    expect(server.logs()).not.toContain('secret-value');
  });
});

describe('security headers and cross-site writes', () => {
  it('send a strict content security policy and no-store on API answers', async () => {
    const response = await raw('/api/health');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('refuse writes that a browser marks as coming from another site', async () => {
    const body = JSON.stringify({ username: 'a', password: 'b' });
    const crossSite: Record<string, string>[] = [
      { origin: 'https://malicioso.example' },
      { 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of crossSite) {
      const response = await post(body, { 'content-type': 'application/json', ...headers });
      expect(response.status).toBe(403);
      expect((await json(response)).code).toBe('csrf_rejected');
    }
    const sameOrigin = await post(body, { 'content-type': 'application/json', origin: server.baseUrl });
    expect(sameOrigin.status).toBe(401);
  });
});
