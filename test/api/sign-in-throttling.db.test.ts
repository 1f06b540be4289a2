import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/platform/auth/create-user.ts';
import { ACCOUNT_FAILURE_CAP } from '../../src/platform/auth/throttle-policy.ts';
import { client, startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { totpCode } from '../support/totp.ts';

const PASSWORD = 'contraseña de prueba muy larga';
const WRONG = 'esta no es la contraseña';
let database: TestDatabase;
let server: TestApp;

// Behind a trusted proxy, X-Forwarded-For names the client: each test plays several addresses
// (documentation ranges; the header is only read, nothing is sent there).
beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestApp(database, { trustProxy: true });
});
afterAll(async () => {
  await server.close();
  await database.close();
});

let accounts = 0;
async function newAccount(roles: 'auditor'[] = ['auditor']) {
  const username = `cuenta.${++accounts}`;
  const { id } = await createUser(database.db, {
    username,
    displayName: `Cuenta ${accounts}`,
    password: PASSWORD,
    agency: 'ENLACE',
    roles,
  });
  return { id, username };
}

let addresses = 0;
const newAddress = () => {
  addresses++;
  return `198.51.${Math.floor(addresses / 250)}.${(addresses % 250) + 1}`;
};

const attempt = (username: string, address: string, password = PASSWORD, session = client(server.baseUrl)) =>
  session.call('POST', '/api/v1/session', { username, password }, { 'x-forwarded-for': address });

/** Every running wait ends, as if its time had passed; the counts stay. */
const letWaitsPass = () => database.owner.query('UPDATE sign_in_throttle SET blocked_until = NULL');

const failures = async (username: string, address: string, count: number) => {
  for (let i = 0; i < count; i++) expect((await attempt(username, address, WRONG)).status).toBe(401);
};

describe('throttling per account and address pair', () => {
  it('makes the one who fails wait, with Retry-After, while the real user elsewhere signs in', async () => {
    const account = await newAccount();
    const attacker = newAddress();
    await failures(account.username, attacker, 6);
    const refused = await attempt(account.username, attacker);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(25);
    expect(retryAfter).toBeLessThanOrEqual(30);
    expect(refused.body).toMatchObject({
      status: 429,
      code: 'sign_in_throttled',
      detail: `Hubo demasiados intentos fallidos. Espere ${retryAfter} segundos antes de volver a intentarlo.`,
    });
    expect(refused.setCookie).toBeNull();

    expect((await attempt(account.username, newAddress())).status).toBe(200);

    await letWaitsPass();
    expect((await attempt(account.username, attacker)).status).toBe(200);
  });

  it('doubles the wait with each further failure', async () => {
    const account = await newAccount();
    const address = newAddress();
    await failures(account.username, address, 6);
    await letWaitsPass();
    await failures(account.username, address, 1);
    const refused = await attempt(account.username, address);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(55);
  });

  it('cannot be outrun by a burst of parallel guesses', async () => {
    const account = await newAccount();
    const address = newAddress();
    const answers = await Promise.all(
      Array.from({ length: 16 }, () => attempt(account.username, address, WRONG)),
    );
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses.filter((status) => status === 401)).toHaveLength(6);
    expect(statuses.filter((status) => status === 429)).toHaveLength(10);
  });
});

describe('throttling per address', () => {
  it('slows guessing across many accounts, counting names that do not exist, but not known users there', async () => {
    const regular = await newAccount();
    const office = newAddress();
    expect((await attempt(regular.username, office)).status).toBe(200);
    for (let i = 0; i < 21; i++) {
      expect((await attempt(`nadie.${i}`, office, WRONG)).status).toBe(401);
    }
    const refused = await attempt('nadie.mas', office, WRONG);
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('sign_in_throttled');
    const stranger = await newAccount();
    expect((await attempt(stranger.username, office)).status).toBe(429);
    // The address is where `regular` signed in before: someone else's guesses there do not slow them.
    expect((await attempt(regular.username, office)).status).toBe(200);
  });
});

describe('throttling per account', () => {
  it('slows attempts spread over many addresses, except from addresses the user signed in from', async () => {
    const account = await newAccount();
    const home = newAddress();
    expect((await attempt(account.username, home)).status).toBe(200);
    for (let i = 0; i < 11; i++) await failures(account.username, newAddress(), 1);
    const refused = await attempt(account.username, newAddress());
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(10);
    expect((await attempt(account.username, home)).status).toBe(200);
    // That success reset the account's count: new addresses may try again.
    expect((await attempt(account.username, newAddress())).status).toBe(200);
  });

  it(`stops at ${ACCOUNT_FAILURE_CAP} consecutive failures, with no hard lock for the user where they signed in before`, async () => {
    const account = await newAccount();
    const home = newAddress();
    expect((await attempt(account.username, home)).status).toBe(200);
    for (let i = 0; i < ACCOUNT_FAILURE_CAP; i++) {
      await letWaitsPass();
      expect((await attempt(account.username, newAddress(), WRONG)).status).toBe(401);
    }
    await letWaitsPass();
    const locked = await attempt(account.username, newAddress());
    expect(locked.status).toBe(429);
    expect(locked.body.code).toBe('sign_in_locked');
    expect(locked.headers.get('retry-after')).toBeNull();
    const audited = await database.owner.query(
      `SELECT count(*)::int AS n, max((details->>'consecutiveFailures')::int) AS most
       FROM audit_entries WHERE action = 'session.sign_in_failed' AND record_id = $1`,
      [account.id],
    );
    expect(audited.rows[0]).toEqual({ n: ACCOUNT_FAILURE_CAP, most: ACCOUNT_FAILURE_CAP });

    expect((await attempt(account.username, home)).status).toBe(200);
    expect((await attempt(account.username, newAddress())).status).toBe(200);
  });
});

describe('throttling of second-factor codes', () => {
  it('follows the same rules as passwords', async () => {
    const { id, username } = await newAccount();
    await database.owner.query(`INSERT INTO user_roles (user_id, role) VALUES ($1, 'prosecutor')`, [id]);
    const address = newAddress();
    const session = client(server.baseUrl);
    expect((await attempt(username, address, PASSWORD, session)).body).toEqual({ mfa: 'enrolment_required' });
    const headers = { 'x-forwarded-for': address };
    const { manualKey } = (await session.call('POST', '/api/v1/session/mfa/enrolment', undefined, headers))
      .body;
    const right = await totpCode(manualKey);
    const wrong = right === '000000' ? '111111' : '000000';
    for (let i = 0; i < 6; i++) {
      const answer = await session.call(
        'POST',
        '/api/v1/session/mfa/enrolment/confirmation',
        { code: wrong },
        headers,
      );
      expect(answer.status).toBe(401);
    }
    const refused = await session.call(
      'POST',
      '/api/v1/session/mfa/enrolment/confirmation',
      { code: right },
      headers,
    );
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).not.toBeNull();
    // The password's own counters are separate: the password step still works from there.
    expect((await attempt(username, address)).status).toBe(202);
  });
});

describe('the throttle tables', () => {
  it('hold keyed hashes, never a user name or an address', async () => {
    const rows = await database.owner.query('SELECT * FROM sign_in_throttle');
    const known = await database.owner.query('SELECT * FROM sign_in_known_addresses');
    expect(rows.rows.length).toBeGreaterThan(0);
    const dump = JSON.stringify([rows.rows, known.rows]);
    expect(dump).not.toMatch(/cuenta\.|nadie|198\.51\./);
  });
});
