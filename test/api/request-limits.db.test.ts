import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agency, signedInClient } from '../support/sessions.ts';
import { client, startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const PER_ACCOUNT = 6;
const PER_ADDRESS = 4;
let database: TestDatabase;
let server: TestApp;
let puebla: string;

// Behind a trusted proxy X-Forwarded-For names the client, so each test plays its own addresses
// (documentation ranges).
beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestApp(database, {
    trustProxy: true,
    rateLimitAccountPerMinute: PER_ACCOUNT,
    rateLimitAddressPerMinute: PER_ADDRESS,
  });
  puebla = await agency(database, 'FGE-PUE', { type: 'state_prosecutor', level: 'state', state: 'PUE' });
});
afterAll(async () => {
  await server.close();
  await database.close();
});

let addresses = 0;
const newAddress = () => `203.0.113.${++addresses}`;

async function prosecutor(address: string, language = 'es-MX') {
  const session = await signedInClient(database, server.baseUrl, puebla, ['prosecutor']);
  const cookie = session.cookie()!;
  const from = (where: string) => {
    const viaProxy = client(server.baseUrl, language);
    viaProxy.setCookie(cookie);
    return (method: string, path: string, body?: unknown) =>
      viaProxy.call(method, path, body, { 'x-forwarded-for': where });
  };
  return { id: session.userId, call: from(address), from };
}

const auditedActs = async (userId: string) =>
  (
    await database.owner.query('SELECT count(*)::int AS n FROM audit_entries WHERE actor_user_id = $1', [
      userId,
    ])
  ).rows[0].n as number;

function expectRateLimited(
  answer: { status: number; headers: Headers; body: Record<string, unknown> },
  title: string,
) {
  expect(answer.status).toBe(429);
  expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const seconds = Number(answer.headers.get('retry-after'));
  expect(seconds).toBeGreaterThanOrEqual(1);
  expect(seconds).toBeLessThanOrEqual(60);
  expect(answer.body).toMatchObject({ status: 429, code: 'rate_limited', title });
  expect(answer.body.detail).toContain(String(seconds));
}

describe('per signed-in account', () => {
  it('refuses the account past its limit, writing and auditing nothing, while another account continues', async () => {
    const address = newAddress();
    const busy = await prosecutor(address);
    const colleague = await prosecutor(address);
    const opened = await busy.call('POST', '/api/v1/cases', { stateCode: 'PUE' });
    expect(opened.status).toBe(201);
    for (let i = 1; i < PER_ACCOUNT; i++)
      expect((await busy.call('GET', `/api/v1/cases/${opened.body.id}`)).status).toBe(200);
    const acts = await auditedActs(busy.id);
    const cases = (await database.owner.query('SELECT count(*)::int AS n FROM cases')).rows[0].n;

    expectRateLimited(await busy.call('GET', `/api/v1/cases/${opened.body.id}`), 'Demasiadas solicitudes');
    expectRateLimited(
      await busy.call('POST', '/api/v1/cases', { stateCode: 'PUE' }),
      'Demasiadas solicitudes',
    );
    expect(await auditedActs(busy.id)).toBe(acts);
    expect((await database.owner.query('SELECT count(*)::int AS n FROM cases')).rows[0].n).toBe(cases);

    // Same address, another account: its own allowance.
    expect((await colleague.call('GET', '/api/v1/session')).status).toBe(200);
    expect((await colleague.call('POST', '/api/v1/cases', { stateCode: 'PUE' })).status).toBe(201);
  });

  it('follows the account to another address and answers in the request language', async () => {
    const busy = await prosecutor(newAddress(), 'en');
    for (let i = 0; i < PER_ACCOUNT; i++)
      expect((await busy.call('GET', '/api/v1/session')).status).toBe(200);
    expectRateLimited(await busy.call('GET', '/api/v1/session'), 'Too many requests');
    expectRateLimited(await busy.from(newAddress())('GET', '/api/v1/session'), 'Too many requests');
  });
});

describe('per address, when no account is signed in', () => {
  const anonymous = (address: string) => {
    const caller = client(server.baseUrl);
    return (method: string, path: string, body?: unknown) =>
      caller.call(method, path, body, { 'x-forwarded-for': address });
  };

  it('refuses the address past its limit, sign-in included, while other addresses continue', async () => {
    const address = newAddress();
    const call = anonymous(address);
    for (let i = 0; i < PER_ADDRESS; i++) expect((await call('GET', '/api/v1/about')).status).toBe(200);
    expectRateLimited(await call('GET', '/api/v1/about'), 'Demasiadas solicitudes');
    const attempt = await call('POST', '/api/v1/session', { username: 'nadie', password: 'no importa nada' });
    expectRateLimited(attempt, 'Demasiadas solicitudes');
    // Refused before the sign-in use-case: no throttle counter was touched.
    expect((await database.owner.query('SELECT count(*)::int AS n FROM sign_in_throttle')).rows[0].n).toBe(0);

    expect((await anonymous(newAddress())('GET', '/api/v1/about')).status).toBe(200);
  });

  it('keeps probes answering and leaves signed-in accounts at that address to their own limit', async () => {
    const address = newAddress();
    const call = anonymous(address);
    for (let i = 0; i < PER_ADDRESS; i++) await call('GET', '/api/v1/about');
    expect((await call('GET', '/api/v1/about')).status).toBe(429);
    expect((await call('GET', '/api/health')).status).toBe(200);
    expect((await call('GET', '/api/ready')).status).toBe(200);
    const signedIn = await prosecutor(address);
    expect((await signedIn.call('GET', '/api/v1/session')).status).toBe(200);
  });

  it('counts IPv6 clients by their /64, as sign-in throttling does', async () => {
    for (let i = 0; i < PER_ADDRESS; i++)
      expect((await anonymous(`2001:db8:5:7::${i + 1}`)('GET', '/api/v1/about')).status).toBe(200);
    expect((await anonymous('2001:db8:5:7::ffff')('GET', '/api/v1/about')).status).toBe(429);
    expect((await anonymous('2001:db8:5:8::1')('GET', '/api/v1/about')).status).toBe(200);
  });
});
