import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/platform/auth/create-user.ts';
import { IDLE_SLIDE_STEP_SECONDS } from '../../src/platform/auth/session-store.ts';
import { client, startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const PASSWORD = 'correct horse battery staple';
let database: TestDatabase;
let server: TestApp;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestApp(database);
  // Roles that see identities need a second factor (mfa.db.test.ts); these sessions need only a password.
  await createUser(database.db, {
    username: 'agente.prueba',
    displayName: 'Agente de prueba',
    password: PASSWORD,
    agency: 'ENLACE',
    roles: ['auditor'],
  });
  await createUser(database.db, {
    username: 'agente.baja',
    displayName: 'Cuenta dada de baja',
    password: PASSWORD,
    agency: 'ENLACE',
  });
});
afterAll(async () => {
  await server.close();
  await database.close();
});

const signedIn = async (username = 'agente.prueba') => {
  const session = client(server.baseUrl);
  const response = await session.call('POST', '/api/v1/session', { username, password: PASSWORD });
  expect(response.status).toBe(200);
  return session;
};

describe('sign-in', () => {
  it('opens a server-side session in an httpOnly, SameSite=Strict cookie', async () => {
    const session = client(server.baseUrl);
    const response = await session.call('POST', '/api/v1/session', {
      username: ' Agente.Prueba ',
      password: PASSWORD,
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      username: 'agente.prueba',
      displayName: 'Agente de prueba',
      locale: 'es-MX',
    });
    expect(response.setCookie).toMatch(/^enlace_session=[A-Za-z0-9_-]{43};/);
    expect(response.setCookie).toMatch(/HttpOnly/);
    expect(response.setCookie).toMatch(/SameSite=Strict/);
    expect(response.setCookie).not.toMatch(/Secure/);
    const rows = await database.owner.query('SELECT token_hash FROM sessions');
    const token = session.cookie()!.split('=')[1]!;
    expect(rows.rows.some((row) => row.token_hash.toString('base64url') === token)).toBe(false);
  });

  it('answers a wrong password and an unknown user identically, in the caller language', async () => {
    const wrongPassword = await client(server.baseUrl).call('POST', '/api/v1/session', {
      username: 'agente.prueba',
      password: 'not the password',
    });
    const unknownUser = await client(server.baseUrl).call('POST', '/api/v1/session', {
      username: 'nadie.existe',
      password: 'not the password',
    });
    for (const response of [wrongPassword, unknownUser]) {
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(response.setCookie).toBeNull();
    }
    const { requestId: _a, ...first } = wrongPassword.body;
    const { requestId: _b, ...second } = unknownUser.body;
    expect(first).toEqual(second);
    expect(first).toMatchObject({
      code: 'invalid_credentials',
      detail: 'El usuario o la contraseña no son correctos.',
    });
    const english = await client(server.baseUrl, 'en-US,en;q=0.9').call('POST', '/api/v1/session', {
      username: 'nadie.existe',
      password: 'x',
    });
    expect(english.body.detail).toBe('The user name or password is not correct.');
  });

  it('refuses a disabled account and ends its open sessions', async () => {
    const session = await signedIn('agente.baja');
    await database.owner.query(`UPDATE users SET disabled_at = now() WHERE username = 'agente.baja'`);
    expect((await session.call('GET', '/api/v1/session')).status).toBe(401);
    const again = await client(server.baseUrl).call('POST', '/api/v1/session', {
      username: 'agente.baja',
      password: PASSWORD,
    });
    expect(again.status).toBe(401);
    expect(again.body.code).toBe('invalid_credentials');
  });
});

describe('sessions', () => {
  it('know the signed-in user and slide the idle timeout forward once it has fallen a step behind', async () => {
    const session = await signedIn();
    await database.owner.query(`UPDATE sessions SET idle_expires_at = now() + interval '2 minutes'`);
    const me = await session.call('GET', '/api/v1/session');
    expect(me.status).toBe(200);
    expect(me.body.username).toBe('agente.prueba');
    expect(me.body.agency.code).toBeTypeOf('string');
    const after = await database.owner.query(
      'SELECT extract(epoch FROM max(idle_expires_at) - now()) / 60 AS minutes FROM sessions',
    );
    expect(Number(after.rows[0].minutes)).toBeGreaterThan(server.settings.sessionIdleMinutes - 1);
  });

  it('read the session without writing it while the idle timeout is within a step of sliding', async () => {
    const session = await signedIn();
    const nearlyFresh = `now() + interval '${server.settings.sessionIdleMinutes} minutes' - interval '${IDLE_SLIDE_STEP_SECONDS / 2} seconds'`;
    await database.owner.query(
      `UPDATE sessions SET idle_expires_at = ${nearlyFresh}, last_seen_at = 'epoch'`,
    );
    expect((await session.call('GET', '/api/v1/session')).status).toBe(200);
    const after = await database.owner.query(
      `SELECT count(*)::int AS written FROM sessions WHERE last_seen_at > 'epoch'`,
    );
    expect(after.rows[0].written).toBe(0);
  });

  it('end on sign-out, server-side: the old cookie no longer works', async () => {
    const session = await signedIn();
    const cookie = session.cookie();
    expect((await session.call('DELETE', '/api/v1/session')).status).toBe(204);
    const replay = client(server.baseUrl);
    replay.setCookie(cookie);
    expect((await replay.call('GET', '/api/v1/session')).status).toBe(401);
  });

  it('expire after the idle timeout and after the absolute timeout', async () => {
    const idle = await signedIn();
    await database.owner.query(`UPDATE sessions SET idle_expires_at = now() - interval '1 second'`);
    expect((await idle.call('GET', '/api/v1/session')).status).toBe(401);
    const absolute = await signedIn();
    await database.owner.query(`UPDATE sessions SET absolute_expires_at = now() - interval '1 second'`);
    expect((await absolute.call('GET', '/api/v1/session')).status).toBe(401);
  });

  it('reject missing, malformed and forged cookies with 401 problem+json', async () => {
    for (const cookie of [undefined, 'enlace_session=short', `enlace_session=${'A'.repeat(43)}`]) {
      const anonymous = client(server.baseUrl);
      anonymous.setCookie(cookie);
      const response = await anonymous.call('GET', '/api/v1/session');
      expect(response.status).toBe(401);
      expect(response.body.code).toBe('unauthenticated');
    }
  });
});

describe('logs', () => {
  it('never contain user names, passwords, bodies or query strings', async () => {
    const marker = 'MARCADOR-PRIVADO-7731';
    await client(server.baseUrl).call('POST', '/api/v1/session', {
      username: `x${marker}`.toLowerCase(),
      password: marker,
    });
    await client(server.baseUrl).call('GET', `/api/v1/session?nombre=${marker}`);
    await client(server.baseUrl).call('POST', `/api/v1/nowhere/${marker}`, { nombre: marker });
    const logs = server.logs();
    expect(logs.length).toBeGreaterThan(0);
    expect(logs.toLowerCase()).not.toContain(marker.toLowerCase());
    expect(logs).not.toContain(PASSWORD);
    expect(logs).not.toContain('agente.prueba');
  });
});
