import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/platform/auth/create-user.ts';
import { client, startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const PASSWORD = 'correct horse battery staple';
let database: TestDatabase;
let server: TestApp;
/** The same application behind a TLS-terminating reverse proxy that says so in X-Forwarded-Proto. */
let proxied: TestApp;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestApp(database);
  proxied = await startTestApp(database, { trustProxy: true });
  for (const username of ['auditora.uno', 'auditora.dos'])
    await createUser(database.db, {
      username,
      displayName: 'Auditora de prueba',
      password: PASSWORD,
      agency: 'ENLACE',
      roles: ['auditor'],
    });
  await createUser(database.db, {
    username: 'fiscal.sin.segundo.factor',
    displayName: 'Fiscal de prueba',
    password: PASSWORD,
    agency: 'ENLACE',
    roles: ['prosecutor'],
  });
});
afterAll(async () => {
  await proxied.close();
  await server.close();
  await database.close();
});

const liveSessions = async () =>
  (await database.owner.query('SELECT count(*)::int AS live FROM sessions WHERE revoked_at IS NULL')).rows[0]
    .live as number;

const withCookie = (baseUrl: string, cookie: string | undefined) => {
  const browser = client(baseUrl);
  browser.setCookie(cookie);
  return browser;
};

describe('signing in on a browser that already holds a session', () => {
  it('ends that session server-side, whoever it belonged to', async () => {
    const browser = client(server.baseUrl);
    await browser.call('POST', '/api/v1/session', { username: 'auditora.uno', password: PASSWORD });
    const first = browser.cookie();
    const second = await browser.call('POST', '/api/v1/session', {
      username: 'auditora.dos',
      password: PASSWORD,
    });
    expect(second.status).toBe(200);
    expect(browser.cookie()).not.toBe(first);
    expect((await withCookie(server.baseUrl, first).call('GET', '/api/v1/session')).status).toBe(401);
    const now = await browser.call('GET', '/api/v1/session');
    expect(now.body.username).toBe('auditora.dos');
  });

  it('ends it too when the new sign-in still owes a second factor', async () => {
    const browser = client(server.baseUrl);
    await browser.call('POST', '/api/v1/session', { username: 'auditora.uno', password: PASSWORD });
    const first = browser.cookie();
    const stepUp = await browser.call('POST', '/api/v1/session', {
      username: 'fiscal.sin.segundo.factor',
      password: PASSWORD,
    });
    expect(stepUp.status).toBe(202);
    expect((await withCookie(server.baseUrl, first).call('GET', '/api/v1/session')).status).toBe(401);
  });

  it('keeps it after a failed attempt: a wrong password changes nothing', async () => {
    const browser = client(server.baseUrl);
    await browser.call('POST', '/api/v1/session', { username: 'auditora.uno', password: PASSWORD });
    const before = await liveSessions();
    const failed = await browser.call('POST', '/api/v1/session', {
      username: 'auditora.dos',
      password: 'mala',
    });
    expect(failed.status).toBe(401);
    expect(await liveSessions()).toBe(before);
    expect((await browser.call('GET', '/api/v1/session')).body.username).toBe('auditora.uno');
  });
});

const reauthentications = async (username: string) =>
  (
    await database.owner.query(
      `SELECT a.action, a.details FROM audit_entries a JOIN users u ON u.id::text = a.record_id
       WHERE u.username = $1 AND a.action LIKE 'session.reauthenticate%' ORDER BY a.id`,
      [username],
    )
  ).rows as { action: string; details: Record<string, unknown> }[];

describe('re-authentication', () => {
  it('moves the session to a new token: the old cookie opens nothing, the new one does; audited', async () => {
    const browser = client(server.baseUrl);
    await browser.call('POST', '/api/v1/session', { username: 'auditora.uno', password: PASSWORD });
    const before = browser.cookie();
    const liveBefore = await liveSessions();
    const auditedBefore = (await reauthentications('auditora.uno')).length;

    const renewed = await browser.call('POST', '/api/v1/session/reauth', { password: PASSWORD });
    expect(renewed.status).toBe(200);
    expect(renewed.setCookie).toMatch(
      /^enlace_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict$/,
    );
    expect(browser.cookie()).not.toBe(before);

    const stale = withCookie(server.baseUrl, before);
    expect((await stale.call('GET', '/api/v1/session')).status).toBe(401);
    // The copied token cannot earn a fresh proof of its own either.
    expect((await stale.call('POST', '/api/v1/session/reauth', { password: PASSWORD })).status).toBe(401);
    expect((await browser.call('GET', '/api/v1/session')).body.username).toBe('auditora.uno');
    expect(await liveSessions()).toBe(liveBefore);

    const audited = (await reauthentications('auditora.uno')).slice(auditedBefore);
    expect(audited).toEqual([
      { action: 'session.reauthenticate', details: { factors: ['password'], sessionRenewed: true } },
    ]);
  });

  it('keeps the token when the proof is wrong, and sets no cookie', async () => {
    const browser = client(server.baseUrl);
    await browser.call('POST', '/api/v1/session', { username: 'auditora.dos', password: PASSWORD });
    const before = browser.cookie();
    const failed = await browser.call('POST', '/api/v1/session/reauth', { password: 'no es la clave' });
    expect(failed.status).toBe(401);
    expect(failed.body.code).toBe('invalid_credentials');
    expect(failed.setCookie).toBeNull();
    expect((await withCookie(server.baseUrl, before).call('GET', '/api/v1/session')).status).toBe(200);
  });

  it('behind TLS issues the new token under the __Host- name', async () => {
    const overTls = { 'x-forwarded-proto': 'https' };
    const browser = client(proxied.baseUrl);
    await browser.call('POST', '/api/v1/session', { username: 'auditora.uno', password: PASSWORD }, overTls);
    const before = browser.cookie();
    const renewed = await browser.call('POST', '/api/v1/session/reauth', { password: PASSWORD }, overTls);
    expect(renewed.status).toBe(200);
    expect(renewed.setCookie).toMatch(
      /^__Host-enlace_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; Secure; SameSite=Strict$/,
    );
    const stale = withCookie(proxied.baseUrl, before);
    expect((await stale.call('GET', '/api/v1/session', undefined, overTls)).status).toBe(401);
    expect((await browser.call('GET', '/api/v1/session', undefined, overTls)).status).toBe(200);
  });
});

describe('the session cookie behind TLS', () => {
  const overTls = { 'x-forwarded-proto': 'https' };

  it('is __Host- prefixed, Secure, httpOnly, SameSite=Strict, for Path=/ and no Domain', async () => {
    const browser = client(proxied.baseUrl);
    const response = await browser.call(
      'POST',
      '/api/v1/session',
      { username: 'auditora.uno', password: PASSWORD },
      overTls,
    );
    expect(response.status).toBe(200);
    expect(response.setCookie).toMatch(
      /^__Host-enlace_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; Secure; SameSite=Strict$/,
    );
    expect((await browser.call('GET', '/api/v1/session', undefined, overTls)).status).toBe(200);

    // The token under the unprefixed name, as a plain-HTTP page or a sibling host could plant it, opens nothing.
    const token = browser.cookie()!.split('=')[1];
    const planted = withCookie(proxied.baseUrl, `enlace_session=${token}`);
    expect((await planted.call('GET', '/api/v1/session', undefined, overTls)).status).toBe(401);

    const signOut = await browser.call('DELETE', '/api/v1/session', undefined, overTls);
    expect(signOut.status).toBe(204);
    expect(signOut.setCookie).toMatch(/^__Host-enlace_session=; .*Secure/);
    expect(
      (
        await withCookie(proxied.baseUrl, `__Host-enlace_session=${token}`).call(
          'GET',
          '/api/v1/session',
          undefined,
          overTls,
        )
      ).status,
    ).toBe(401);
  });
});

describe('cross-site requests', () => {
  it('cannot sign a user out: the write is refused and the session lives on', async () => {
    const browser = client(server.baseUrl);
    await browser.call('POST', '/api/v1/session', { username: 'auditora.uno', password: PASSWORD });
    const crossSite: Record<string, string>[] = [
      { origin: 'https://malicioso.example' },
      { origin: 'null' },
      { 'sec-fetch-site': 'same-site' },
      { 'sec-fetch-site': 'cross-site', origin: server.baseUrl },
    ];
    for (const headers of crossSite) {
      const response = await browser.call('DELETE', '/api/v1/session', undefined, headers);
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('csrf_rejected');
    }
    expect((await browser.call('GET', '/api/v1/session')).status).toBe(200);
  });

  it('cannot post an HTML form: only JSON bodies are read', async () => {
    for (const contentType of [
      'application/x-www-form-urlencoded',
      'text/plain',
      'multipart/form-data; boundary=x',
    ]) {
      const response = await client(server.baseUrl).call('POST', '/api/v1/session', 'username=a&password=b', {
        'content-type': contentType,
      });
      expect(response.status).toBe(415);
    }
  });
});
