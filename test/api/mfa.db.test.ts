import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticate } from '../../src/platform/auth/authenticate.ts';
import { createUser } from '../../src/platform/auth/create-user.ts';
import { requireRecentAuthentication } from '../../src/platform/auth/recent-authentication.ts';
import { setUserRoles } from '../../src/platform/auth/set-user-roles.ts';
import { decryptField } from '../../src/platform/crypto/field-encryption.ts';
import { client, startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { totpCode } from '../support/totp.ts';

const PASSWORD = 'contraseña de prueba muy larga';
let database: TestDatabase;
let server: TestApp;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestApp(database, {}, (app, deps) => {
    // Stands in for the identity reveal and exports that later modules guard the same way.
    app.get('/api/v1/test/sensitive', { preHandler: authenticate(deps) }, async (request) => {
      requireRecentAuthentication(request, 5);
      return { revealed: true };
    });
  });
});
afterAll(async () => {
  await server.close();
  await database.close();
});

let accounts = 0;
/** A fresh account per test, so each has its own TOTP steps and throttle counters. */
async function newAccount(roles: ('prosecutor' | 'auditor' | 'investigator')[] = ['prosecutor']) {
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

const passwordStep = async (username: string) => {
  const session = client(server.baseUrl);
  const response = await session.call('POST', '/api/v1/session', { username, password: PASSWORD });
  return { session, response };
};

/** Signs in a new prosecutor and enrols an authenticator app, as the web app does. */
async function enrolledAccount() {
  const account = await newAccount();
  const { session } = await passwordStep(account.username);
  const enrolment = await session.call('POST', '/api/v1/session/mfa/enrolment');
  const secret: string = enrolment.body.manualKey;
  // Kept, so that replay tests send this very code rather than one recomputed in a later 30-second step.
  const enrolmentCode = await totpCode(secret);
  const confirmed = await session.call('POST', '/api/v1/session/mfa/enrolment/confirmation', {
    code: enrolmentCode,
  });
  expect(confirmed.status).toBe(200);
  return {
    ...account,
    secret,
    enrolmentCode,
    recoveryCodes: confirmed.body.recoveryCodes as string[],
    session,
  };
}

const auditActions = async (userId: string) =>
  (
    await database.owner.query(`SELECT action, details FROM audit_entries WHERE record_id = $1 ORDER BY id`, [
      userId,
    ])
  ).rows as { action: string; details: Record<string, unknown> }[];

describe('enrolment', () => {
  it('makes a role that sees identities set up an authenticator app at its first sign-in', async () => {
    const account = await newAccount();
    const { session, response } = await passwordStep(account.username);
    expect(response.status).toBe(202);
    expect(response.body).toEqual({ mfa: 'enrolment_required' });
    const pendingCookie = session.cookie();
    expect(response.setCookie).toMatch(/HttpOnly/);

    // The half-authenticated session opens nothing but the enrolment.
    expect((await session.call('GET', '/api/v1/session')).status).toBe(401);
    expect((await session.call('POST', '/api/v1/session/mfa', { code: '123456' })).status).toBe(401);
    expect((await session.call('POST', '/api/v1/session/reauth', { password: PASSWORD })).status).toBe(401);

    const enrolment = await session.call('POST', '/api/v1/session/mfa/enrolment');
    expect(enrolment.status).toBe(200);
    const { otpauthUri, manualKey } = enrolment.body;
    expect(manualKey).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauthUri).toBe(`otpauth://totp/Enlace:${account.username}?secret=${manualKey}&issuer=Enlace`);

    const stored = await database.owner.query(
      'SELECT totp_secret, confirmed_at FROM user_mfa WHERE user_id = $1',
      [account.id],
    );
    expect(stored.rows[0].totp_secret).toMatch(/^v1\.k1\./);
    expect(stored.rows[0].totp_secret).not.toContain(manualKey);
    expect(stored.rows[0].confirmed_at).toBeNull();
    const field = { table: 'user_mfa', column: 'totp_secret', rowId: account.id };
    expect(decryptField(server.keyRing, field, stored.rows[0].totp_secret)).toBe(manualKey);

    const wrong = await session.call('POST', '/api/v1/session/mfa/enrolment/confirmation', {
      code: '000000',
    });
    expect(wrong.status).toBe(401);
    expect(wrong.body.code).toBe('mfa_code_invalid');

    const confirmed = await session.call('POST', '/api/v1/session/mfa/enrolment/confirmation', {
      code: await totpCode(manualKey),
    });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.user).toMatchObject({ username: account.username, mfaEnrolled: true });
    expect(confirmed.body.recoveryCodes).toHaveLength(10);
    expect(new Set(confirmed.body.recoveryCodes).size).toBe(10);
    for (const code of confirmed.body.recoveryCodes)
      expect(code).toMatch(/^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$/);

    // A new token after the second factor: the half-authenticated one never becomes a session.
    expect(session.cookie()).not.toBe(pendingCookie);
    expect((await session.call('GET', '/api/v1/session')).body.mfaEnrolled).toBe(true);
    const stale = client(server.baseUrl);
    stale.setCookie(pendingCookie);
    expect((await stale.call('GET', '/api/v1/session')).status).toBe(401);

    // Recovery codes are kept only as keyed hashes.
    const hashes = await database.owner.query('SELECT code_hmac FROM mfa_recovery_codes WHERE user_id = $1', [
      account.id,
    ]);
    expect(hashes.rows).toHaveLength(10);
    const dump = JSON.stringify(hashes.rows);
    for (const code of confirmed.body.recoveryCodes as string[]) {
      expect(dump).not.toContain(code);
      expect(dump).not.toContain(code.replace('-', ''));
    }

    expect((await auditActions(account.id)).map((entry) => entry.action)).toEqual([
      'user.create',
      'session.sign_in_pending',
      'user.mfa_enrolment_started',
      'user.mfa_enrolment_failed',
      'user.mfa_enrolled',
      'session.sign_in',
    ]);
  });

  it('is not asked of roles that never see identities', async () => {
    const account = await newAccount(['auditor']);
    const { response } = await passwordStep(account.username);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ username: account.username, mfaEnrolled: false });
  });

  it('ends with the half-authenticated session, which lasts minutes and cannot be restarted once confirmed', async () => {
    const account = await newAccount();
    const { session } = await passwordStep(account.username);
    await database.owner.query(
      `UPDATE sessions SET absolute_expires_at = now() - interval '1 second' WHERE user_id = $1`,
      [account.id],
    );
    expect((await session.call('POST', '/api/v1/session/mfa/enrolment')).status).toBe(401);

    const enrolled = await enrolledAccount();
    const again = await passwordStep(enrolled.username);
    expect(again.response.body).toEqual({ mfa: 'required' });
    expect((await again.session.call('POST', '/api/v1/session/mfa/enrolment')).status).toBe(401);
  });
});

describe('signing in with a second factor', () => {
  it('asks an enrolled account for a code and signs it in under a new token', async () => {
    const account = await enrolledAccount();
    const { session, response } = await passwordStep(account.username);
    expect(response.status).toBe(202);
    expect(response.body).toEqual({ mfa: 'required' });
    const pendingCookie = session.cookie();
    const signedIn = await session.call('POST', '/api/v1/session/mfa', {
      code: await totpCode(account.secret, 1),
    });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body).toMatchObject({
      username: account.username,
      roles: ['prosecutor'],
      mfaEnrolled: true,
    });
    expect(session.cookie()).not.toBe(pendingCookie);
    expect((await session.call('GET', '/api/v1/session')).status).toBe(200);
    const entries = await auditActions(account.id);
    expect(entries.at(-1)).toEqual({ action: 'session.sign_in', details: { secondFactor: 'totp' } });
  });

  it('refuses a code already used, even in another session', async () => {
    const account = await enrolledAccount();
    const code = await totpCode(account.secret, 1);
    const first = await passwordStep(account.username);
    expect((await first.session.call('POST', '/api/v1/session/mfa', { code })).status).toBe(200);
    const second = await passwordStep(account.username);
    const replay = await second.session.call('POST', '/api/v1/session/mfa', { code });
    expect(replay.status).toBe(401);
    expect(replay.body.code).toBe('mfa_code_invalid');
    // The code the enrolment was confirmed with is spent as well.
    const enrolmentReplay = await second.session.call('POST', '/api/v1/session/mfa', {
      code: account.enrolmentCode,
    });
    expect(enrolmentReplay.status).toBe(401);
  });

  it('refuses a wrong code with one answer, in the caller language, and audits it without the code', async () => {
    const account = await enrolledAccount();
    const { session } = await passwordStep(account.username);
    const right = await totpCode(account.secret, 1);
    const wrong = right === '111111' ? '222222' : '111111';
    const english = client(server.baseUrl, 'en');
    english.setCookie(session.cookie());
    const response = await english.call('POST', '/api/v1/session/mfa', { code: wrong });
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ code: 'mfa_code_invalid', title: 'Code not valid' });
    const failure = (await auditActions(account.id)).at(-1)!;
    expect(failure).toEqual({
      action: 'session.sign_in_failed',
      details: { factor: 'totp', consecutiveFailures: 1 },
    });
    expect(JSON.stringify(failure)).not.toContain(wrong);
    const invalid = await session.call('POST', '/api/v1/session/mfa', { code: '12345' });
    expect(invalid.status).toBe(400);
    expect((await session.call('POST', '/api/v1/session/mfa', { code: right })).status).toBe(200);
  });

  it('accepts each recovery code once, however it is typed', async () => {
    const account = await enrolledAccount();
    const [recovery] = account.recoveryCodes;
    const typed = ` ${recovery!.replace('-', ' ').toLowerCase()} `;
    const first = await passwordStep(account.username);
    const used = await first.session.call('POST', '/api/v1/session/mfa', { recoveryCode: typed });
    expect(used.status).toBe(200);
    expect((await auditActions(account.id)).at(-1)).toEqual({
      action: 'session.sign_in',
      details: { secondFactor: 'recovery_code', recoveryCodesLeft: 9 },
    });
    const second = await passwordStep(account.username);
    const reused = await second.session.call('POST', '/api/v1/session/mfa', { recoveryCode: recovery });
    expect(reused.status).toBe(401);
    expect(reused.body.code).toBe('mfa_code_invalid');
    const unknown = await second.session.call('POST', '/api/v1/session/mfa', { recoveryCode: 'AAAAA-BBBBB' });
    expect(unknown.status).toBe(401);
    const other = await second.session.call('POST', '/api/v1/session/mfa', {
      recoveryCode: account.recoveryCodes[1],
    });
    expect(other.status).toBe(200);
  });

  it('does not accept another account’s recovery code', async () => {
    const owner = await enrolledAccount();
    const other = await enrolledAccount();
    const { session } = await passwordStep(other.username);
    const response = await session.call('POST', '/api/v1/session/mfa', {
      recoveryCode: owner.recoveryCodes[0],
    });
    expect(response.status).toBe(401);
  });
});

describe('role changes', () => {
  it('end every session of the user in the same transaction, audited; unchanged roles end none', async () => {
    const account = await newAccount(['auditor']);
    const first = await passwordStep(account.username);
    const second = await passwordStep(account.username);
    expect((await first.session.call('GET', '/api/v1/session')).status).toBe(200);

    expect(await setUserRoles(database.db, { userId: account.id, roles: ['auditor'] })).toEqual({
      added: [],
      removed: [],
      revokedSessions: 0,
    });
    expect((await first.session.call('GET', '/api/v1/session')).status).toBe(200);

    const change = await setUserRoles(database.db, {
      userId: account.id,
      roles: ['prosecutor', 'investigator'],
    });
    expect(change).toEqual({
      added: ['investigator', 'prosecutor'],
      removed: ['auditor'],
      revokedSessions: 2,
    });
    for (const { session } of [first, second]) {
      expect((await session.call('GET', '/api/v1/session')).status).toBe(401);
    }
    expect((await auditActions(account.id)).at(-1)).toEqual({
      action: 'user.roles_change',
      details: { added: ['investigator', 'prosecutor'], removed: ['auditor'], revokedSessions: 2 },
    });
    // The new roles see identities: the next sign-in asks for a second factor.
    expect((await passwordStep(account.username)).response.body).toEqual({ mfa: 'enrolment_required' });
  });

  it('refuse an unknown user', async () => {
    await expect(
      setUserRoles(database.db, { userId: '00000000-0000-4000-8000-000000000000', roles: [] }),
    ).rejects.toMatchObject({ status: 404, code: 'not_found' });
  });
});

describe('re-authentication before sensitive acts', () => {
  const ageAuthentication = (userId: string) =>
    database.owner.query(
      `UPDATE sessions SET authenticated_at = now() - interval '10 minutes' WHERE user_id = $1`,
      [userId],
    );

  it('is not needed right after signing in, and is asked for once the sign-in is older than the limit', async () => {
    const account = await enrolledAccount();
    expect((await account.session.call('GET', '/api/v1/test/sensitive')).body).toEqual({ revealed: true });
    await ageAuthentication(account.id);
    const refused = await account.session.call('GET', '/api/v1/test/sensitive');
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'reauthentication_required' });
    expect(refused.body.detail).toContain('5 minutos');
  });

  it('takes a fresh code from an account with a second factor, never a replayed one', async () => {
    const account = await enrolledAccount();
    await ageAuthentication(account.id);
    const { session } = account;
    const passwordOnly = await session.call('POST', '/api/v1/session/reauth', { password: PASSWORD });
    expect(passwordOnly.status).toBe(400);
    expect(passwordOnly.body.code).toBe('mfa_code_required');
    const replay = await session.call('POST', '/api/v1/session/reauth', { code: account.enrolmentCode });
    expect(replay.status).toBe(401);
    expect(replay.body.code).toBe('mfa_code_invalid');
    const code = await totpCode(account.secret, 1);
    const wrongPassword = await session.call('POST', '/api/v1/session/reauth', {
      password: 'not the password at all',
      code,
    });
    expect(wrongPassword.status).toBe(401);
    expect(wrongPassword.body.code).toBe('invalid_credentials');
    expect((await session.call('GET', '/api/v1/test/sensitive')).status).toBe(403);

    // A wrong password spends no code: the same one now succeeds, once.
    const fresh = await session.call('POST', '/api/v1/session/reauth', { password: PASSWORD, code });
    expect(fresh.status).toBe(200);
    expect(Date.now() - Date.parse(fresh.body.authenticatedAt)).toBeLessThan(60_000);
    expect((await session.call('GET', '/api/v1/test/sensitive')).body).toEqual({ revealed: true });
    const actions = (await auditActions(account.id)).map((entry) => entry.action);
    expect(actions.filter((action) => action === 'session.reauthenticate_failed')).toHaveLength(2);
    expect(actions.at(-1)).toBe('session.reauthenticate');
    expect((await session.call('POST', '/api/v1/session/reauth', { code })).body.code).toBe(
      'mfa_code_invalid',
    );
  });

  it('takes the password from an account without a second factor', async () => {
    const account = await newAccount(['auditor']);
    const { session } = await passwordStep(account.username);
    await ageAuthentication(account.id);
    expect((await session.call('POST', '/api/v1/session/reauth', { code: '123456' })).body.code).toBe(
      'password_required',
    );
    const wrong = await session.call('POST', '/api/v1/session/reauth', {
      password: 'not the password at all',
    });
    expect(wrong.status).toBe(401);
    expect(wrong.body.code).toBe('invalid_credentials');
    expect((await session.call('POST', '/api/v1/session/reauth', { password: PASSWORD })).status).toBe(200);
    expect((await session.call('GET', '/api/v1/test/sensitive')).status).toBe(200);
  });

  it('needs a signed-in session', async () => {
    const anonymous = await client(server.baseUrl).call('POST', '/api/v1/session/reauth', {
      password: PASSWORD,
    });
    expect(anonymous.status).toBe(401);
    expect((await client(server.baseUrl).call('GET', '/api/v1/test/sensitive')).status).toBe(401);
  });
});
