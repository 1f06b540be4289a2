import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/platform/access/roles.ts';
import { openAccessBed } from '../support/access-bed.ts';

const bed = openAccessBed();
const signedIn = (agencyId: string, roles: Role[]) => bed.signedIn(agencyId, roles);
let puebla: string;
let chiapas: string;
let platform: string;
beforeAll(() => {
  ({ puebla, chiapas, platform } = bed.agencies);
});

const NEW_ACCOUNT = {
  username: 'nueva.fiscal',
  displayName: 'Nueva fiscal',
  password: 'una contraseña larga y segura',
  roles: ['prosecutor'],
};

describe('user administration', () => {
  it('lets an agency administrator create and list accounts of their own agency only', async () => {
    const admin = await signedIn(puebla, ['administrator']);
    const created = await admin.call('POST', '/api/v1/admin/users', NEW_ACCOUNT);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      username: 'nueva.fiscal',
      agency: { code: 'FGE-PUE' },
      roles: ['prosecutor'],
      disabled: false,
      mfaEnrolled: false,
    });
    const elsewhere = await admin.call('POST', '/api/v1/admin/users', {
      ...NEW_ACCOUNT,
      username: 'otra',
      agencyCode: 'FGE-CHP',
    });
    expect(elsewhere.status).toBe(404);
    await signedIn(chiapas, ['investigator']);
    const listed = await admin.call('GET', '/api/v1/admin/users');
    expect(
      listed.body.items.every((user: { agency: { code: string } }) => user.agency.code === 'FGE-PUE'),
    ).toBe(true);
  });

  it('ends an account’s sessions when its roles change, and stops it when disabled', async () => {
    const admin = await signedIn(puebla, ['administrator']);
    const worker = await signedIn(puebla, ['case_worker']);
    expect((await worker.call('GET', '/api/v1/session')).status).toBe(200);
    const promoted = await admin.call('PATCH', `/api/v1/admin/users/${worker.userId}`, {
      roles: ['investigator'],
    });
    expect(promoted.body.roles).toEqual(['investigator']);
    expect((await worker.call('GET', '/api/v1/session')).status).toBe(401);

    const other = await signedIn(puebla, ['intake_officer']);
    const disabled = await admin.call('PATCH', `/api/v1/admin/users/${other.userId}`, { disabled: true });
    expect(disabled.body.disabled).toBe(true);
    expect((await other.call('GET', '/api/v1/session')).status).toBe(401);
    const actions = await bed.database.owner.query(
      `SELECT action FROM audit_entries WHERE record_id = ANY($1) ORDER BY id`,
      [[worker.userId, other.userId]],
    );
    expect(actions.rows.map((row) => row.action)).toEqual(['user.roles_change', 'user.disable']);
  });

  it('refuses other agencies’ accounts, self-disabling, empty changes and non-administrators', async () => {
    const admin = await signedIn(puebla, ['administrator']);
    const stranger = await signedIn(chiapas, ['investigator']);
    expect(
      (await admin.call('PATCH', `/api/v1/admin/users/${stranger.userId}`, { disabled: true })).status,
    ).toBe(404);
    const self = await admin.call('PATCH', `/api/v1/admin/users/${admin.userId}`, { disabled: true });
    expect(self.status).toBe(400);
    expect(self.body.code).toBe('cannot_disable_self');
    expect((await admin.call('PATCH', `/api/v1/admin/users/${stranger.userId}`, {})).status).toBe(400);
    const prosecutor = await signedIn(puebla, ['prosecutor']);
    expect((await prosecutor.call('GET', '/api/v1/admin/users')).status).toBe(404);
    const weak = await admin.call('POST', '/api/v1/admin/users', {
      ...NEW_ACCOUNT,
      username: 'debil',
      password: 'corta',
    });
    expect(weak.status).toBe(400);
    expect(weak.body.errors).toEqual([expect.objectContaining({ path: 'password', code: 'too_small' })]);
  });

  it('lets the platform’s administrators manage every agency', async () => {
    const admin = await signedIn(platform, ['administrator']);
    const created = await admin.call('POST', '/api/v1/admin/users', {
      ...NEW_ACCOUNT,
      username: 'fiscal.chiapas',
      agencyCode: 'fge-chp',
    });
    expect(created.status).toBe(201);
    expect(created.body.agency.code).toBe('FGE-CHP');
  });
});
