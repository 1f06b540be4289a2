import { beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/platform/auth/create-user.ts';
import { openAccessBed } from '../support/access-bed.ts';
import { client } from '../support/test-app.ts';
import { totpCode } from '../support/totp.ts';

const bed = openAccessBed();
const PASSWORD = 'contraseña de prueba muy larga';
const REASON = 'Identidad confirmada en persona con su credencial oficial';
let puebla: string;
let chiapas: string;
let platform: string;
beforeAll(() => {
  ({ puebla, chiapas, platform } = bed.agencies);
});

let accounts = 0;
/** A prosecutor of `agency` who signed in and enrolled an authenticator app, as the web app does. */
async function enrolledProsecutor(agency: 'FGE-PUE' | 'FGE-CHP' = 'FGE-PUE') {
  const username = `fiscal.${++accounts}`;
  const { id } = await createUser(bed.database.db, {
    username,
    displayName: `Fiscal ${accounts}`,
    password: PASSWORD,
    agency,
    roles: ['prosecutor'],
  });
  const session = client(bed.server.baseUrl);
  expect((await session.call('POST', '/api/v1/session', { username, password: PASSWORD })).status).toBe(202);
  const { manualKey } = (await session.call('POST', '/api/v1/session/mfa/enrolment')).body;
  const confirmed = await session.call('POST', '/api/v1/session/mfa/enrolment/confirmation', {
    code: await totpCode(manualKey),
  });
  expect(confirmed.status).toBe(200);
  return { id, username, secret: manualKey as string, recoveryCodes: confirmed.body.recoveryCodes, session };
}

const resetPath = (userId: string) => `/api/v1/admin/users/${userId}/mfa-reset`;

const passwordStep = (username: string) =>
  client(bed.server.baseUrl).call('POST', '/api/v1/session', { username, password: PASSWORD });

const rowsOf = async (userId: string) => {
  const count = async (table: string) =>
    (await bed.database.owner.query(`SELECT count(*)::int AS n FROM ${table} WHERE user_id = $1`, [userId]))
      .rows[0].n;
  return { mfa: await count('user_mfa'), recoveryCodes: await count('mfa_recovery_codes') };
};

describe('resetting a lost second factor', () => {
  it('forgets the secret and the codes, ends every session, and makes the next sign-in enrol again', async () => {
    const person = await enrolledProsecutor();
    const second = await passwordStep(person.username);
    expect(second.status).toBe(202);
    const admin = await bed.signedIn(puebla, ['administrator']);

    const reset = await admin.call('POST', resetPath(person.id), { reason: `  ${REASON} ` });
    expect(reset.status).toBe(200);
    expect(reset.body).toMatchObject({ id: person.id, username: person.username, mfaEnrolled: false });
    expect(await rowsOf(person.id)).toEqual({ mfa: 0, recoveryCodes: 0 });
    expect((await person.session.call('GET', '/api/v1/session')).status).toBe(401);
    const live = await bed.database.owner.query(
      'SELECT count(*)::int AS n FROM sessions WHERE user_id = $1 AND revoked_at IS NULL',
      [person.id],
    );
    expect(live.rows[0].n).toBe(0);

    // The lost phone's codes and the old recovery codes open nothing; the person sets up a new app.
    const next = client(bed.server.baseUrl);
    const answer = await next.call('POST', '/api/v1/session', {
      username: person.username,
      password: PASSWORD,
    });
    expect(answer.body).toEqual({ mfa: 'enrolment_required' });
    expect(
      (await next.call('POST', '/api/v1/session/mfa', { code: await totpCode(person.secret, 1) })).status,
    ).toBe(401);
    const recovery = await next.call('POST', '/api/v1/session/mfa', {
      recoveryCode: person.recoveryCodes[0],
    });
    expect(recovery.status).toBe(401);
    const { manualKey } = (await next.call('POST', '/api/v1/session/mfa/enrolment')).body;
    expect(manualKey).not.toBe(person.secret);
    const enrolled = await next.call('POST', '/api/v1/session/mfa/enrolment/confirmation', {
      code: await totpCode(manualKey),
    });
    expect(enrolled.status).toBe(200);
    expect(enrolled.body.user.mfaEnrolled).toBe(true);
  });

  it('is audited with the reason and raises an alert for the agency’s auditors, with no secret in either', async () => {
    const person = await enrolledProsecutor();
    const admin = await bed.signedIn(puebla, ['administrator']);
    expect((await admin.call('POST', resetPath(person.id), { reason: REASON })).status).toBe(200);

    const audit = await bed.database.owner.query(
      `SELECT actor_user_id, reason, details FROM audit_entries WHERE action = 'user.mfa_reset' AND record_id = $1`,
      [person.id],
    );
    expect(audit.rows).toEqual([
      {
        actor_user_id: admin.userId,
        reason: REASON,
        details: { recoveryCodesDeleted: 10, revokedSessions: 1, alert: 'agency_auditors' },
      },
    ]);
    const dump = JSON.stringify(audit.rows);
    expect(dump).not.toContain(person.secret);
    for (const code of person.recoveryCodes as string[]) expect(dump).not.toContain(code);

    const auditor = await bed.signedIn(puebla, ['auditor']);
    const alerts = await auditor.call('GET', '/api/v1/audit/alerts');
    expect(alerts.body.items).toContainEqual(
      expect.objectContaining({
        kind: 'mfa_reset',
        agencyId: puebla,
        subjectUserId: admin.userId,
        details: { targetUserId: person.id },
      }),
    );
    const elsewhere = await bed.signedIn(chiapas, ['auditor']);
    const theirs = await elsewhere.call('GET', '/api/v1/audit/alerts');
    expect(theirs.body.items.filter((alert: { kind: string }) => alert.kind === 'mfa_reset')).toEqual([]);
  });

  it('needs the administrator’s recent re-authentication and a written reason', async () => {
    const person = await enrolledProsecutor();
    const admin = await bed.signedIn(puebla, ['administrator']);
    await bed.database.owner.query(
      `UPDATE sessions SET authenticated_at = now() - interval '10 minutes' WHERE user_id = $1`,
      [admin.userId],
    );
    const stale = await admin.call('POST', resetPath(person.id), { reason: REASON });
    expect(stale.status).toBe(403);
    expect(stale.body).toMatchObject({ code: 'reauthentication_required' });
    await bed.database.owner.query(`UPDATE sessions SET authenticated_at = now() WHERE user_id = $1`, [
      admin.userId,
    ]);
    const missing = await admin.call('POST', resetPath(person.id), {});
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual([expect.objectContaining({ path: 'reason' })]);
    const short = await admin.call('POST', resetPath(person.id), { reason: '   lo pidió    ' });
    expect(short.status).toBe(400);
    expect(short.body.errors).toEqual([expect.objectContaining({ path: 'reason', code: 'too_small' })]);
    expect(await rowsOf(person.id)).toEqual({ mfa: 1, recoveryCodes: 10 });
    expect((await person.session.call('GET', '/api/v1/session')).status).toBe(200);
  });

  it('refuses other agencies’ accounts, non-administrators, one’s own account and accounts with nothing to reset', async () => {
    const person = await enrolledProsecutor();
    const stranger = await bed.signedIn(chiapas, ['administrator']);
    expect((await stranger.call('POST', resetPath(person.id), { reason: REASON })).status).toBe(404);
    for (const roles of [['prosecutor'], ['auditor'], ['supervisor']] as const) {
      const colleague = await bed.signedIn(puebla, [...roles]);
      const refused = await colleague.call('POST', resetPath(person.id), { reason: REASON });
      expect(refused.status).toBe(404);
    }
    const unknown = await (await bed.signedIn(puebla, ['administrator'])).call(
      'POST',
      resetPath('00000000-0000-4000-8000-000000000000'),
      { reason: REASON },
    );
    expect(unknown.status).toBe(404);
    expect(await rowsOf(person.id)).toEqual({ mfa: 1, recoveryCodes: 10 });

    const admin = await bed.signedIn(puebla, ['administrator']);
    const self = await admin.call('POST', resetPath(admin.userId), { reason: REASON });
    expect(self.status).toBe(400);
    expect(self.body.code).toBe('cannot_reset_own_mfa');
    const newcomer = await bed.signedIn(puebla, ['investigator']);
    const nothing = await admin.call('POST', resetPath(newcomer.userId), { reason: REASON });
    expect(nothing.status).toBe(409);
    expect(nothing.body.code).toBe('mfa_not_enrolled');
    const written = await bed.database.owner.query(
      `SELECT count(*)::int AS n FROM audit_entries WHERE action = 'user.mfa_reset' AND record_id = ANY($1)`,
      [[person.id, admin.userId, newcomer.userId]],
    );
    expect(written.rows[0].n).toBe(0);
  });

  it('lets the platform’s administrators reset any agency’s account, alerting that agency', async () => {
    const person = await enrolledProsecutor('FGE-CHP');
    const admin = await bed.signedIn(platform, ['administrator']);
    expect((await admin.call('POST', resetPath(person.id), { reason: REASON })).status).toBe(200);
    const alert = await bed.database.owner.query(
      `SELECT agency_id FROM security_alerts WHERE kind = 'mfa_reset' AND subject_user_id = $1`,
      [admin.userId],
    );
    expect(alert.rows).toEqual([{ agency_id: chiapas }]);
  });
});
