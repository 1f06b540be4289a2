import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/platform/access/roles.ts';
import { agency, signedInClient } from '../support/sessions.ts';
import { client, startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

let database: TestDatabase;
let server: TestApp;
let platform: string;
let puebla: string;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestApp(database);
  platform = (await database.owner.query(`SELECT id FROM agencies WHERE code = 'ENLACE'`)).rows[0].id;
  puebla = await agency(database, 'FGE-PUE', { type: 'state_prosecutor', level: 'state', state: 'PUE' });
});
afterAll(async () => {
  await server.close();
  await database.close();
});

const signedIn = (agencyId: string, roles: Role[]) =>
  signedInClient(database, server.baseUrl, agencyId, roles);

const CONSULATE = {
  code: 'consul-lax',
  name: 'Consulado de México en Los Ángeles',
  agencyType: 'consulate',
  sector: 'government',
  jurisdictionLevel: 'abroad',
  countryCode: 'US',
};

describe('the agency directory', () => {
  it('is open to every signed-in user and closed to anonymous callers', async () => {
    const investigator = await signedIn(puebla, ['investigator']);
    const directory = await investigator.call('GET', '/api/v1/agencies');
    expect(directory.status).toBe(200);
    expect(directory.body.items.map((item: { code: string }) => item.code)).toEqual(
      expect.arrayContaining(['ENLACE', 'FGE-PUE']),
    );
    expect((await client(server.baseUrl).call('GET', '/api/v1/agencies')).status).toBe(401);
  });

  it('shows disabled institutions only to the platform operator’s administrators, who ask for them', async () => {
    const closed = await agency(database, 'DIF-CERRADO', {
      type: 'social_welfare',
      level: 'state',
      state: 'PUE',
    });
    await database.owner.query(`UPDATE agencies SET disabled_at = now() WHERE id = $1`, [closed]);
    const codes = (body: { items: { code: string; disabled: boolean }[] }) =>
      Object.fromEntries(body.items.map((item) => [item.code, item.disabled]));

    const stateAdministrator = await signedIn(puebla, ['administrator']);
    const directory = await stateAdministrator.call('GET', '/api/v1/agencies');
    expect(codes(directory.body)).toMatchObject({ 'FGE-PUE': false });
    expect(codes(directory.body)).not.toHaveProperty('DIF-CERRADO');
    expect((await stateAdministrator.call('GET', '/api/v1/agencies?include=disabled')).status).toBe(404);

    const platformAdministrator = await signedIn(platform, ['administrator']);
    const everything = await platformAdministrator.call('GET', '/api/v1/agencies?include=disabled');
    expect(everything.status).toBe(200);
    expect(codes(everything.body)).toMatchObject({ 'FGE-PUE': false, 'DIF-CERRADO': true });
  });

  it('grows only through the platform operator’s administrators, audited', async () => {
    const stateAdministrator = await signedIn(puebla, ['administrator']);
    expect((await stateAdministrator.call('POST', '/api/v1/agencies', CONSULATE)).status).toBe(404);
    const platformAdministrator = await signedIn(platform, ['administrator']);
    const created = await platformAdministrator.call('POST', '/api/v1/agencies', CONSULATE);
    expect(created.status).toBe(201);
    const stored = await database.owner.query(`SELECT code, country_code FROM agencies WHERE id = $1`, [
      created.body.id,
    ]);
    expect(stored.rows[0]).toEqual({ code: 'CONSUL-LAX', country_code: 'US' });
    const audit = await database.owner.query(
      `SELECT count(*)::int AS n FROM audit_entries WHERE action = 'agency.create' AND record_id = $1`,
      [created.body.id],
    );
    expect(audit.rows[0].n).toBe(1);
    const taken = await platformAdministrator.call('POST', '/api/v1/agencies', CONSULATE);
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('agency_code_taken');
  });

  it('refuses an institution whose jurisdiction does not fit its place', async () => {
    const platformAdministrator = await signedIn(platform, ['administrator']);
    const stateless = await platformAdministrator.call('POST', '/api/v1/agencies', {
      ...CONSULATE,
      code: 'FGE-SIN-ESTADO',
      jurisdictionLevel: 'state',
      countryCode: undefined,
    });
    expect(stateless.status).toBe(400);
    expect(stateless.body.errors.map((error: { path: string }) => error.path)).toContain('stateCode');

    // Each field's error is named by its path, so the web app shows it beside that field.
    const misplaced = await platformAdministrator.call('POST', '/api/v1/agencies', {
      code: 'DIF-SIN-MUNICIPIO',
      name: 'DIF municipal',
      agencyType: 'social_welfare',
      sector: 'government',
      jurisdictionLevel: 'municipal',
      stateCode: 'PUE',
      countryCode: 'MX',
    });
    expect(misplaced.status).toBe(400);
    expect(misplaced.body.errors.map((error: { path: string }) => error.path).sort()).toEqual([
      'countryCode',
      'municipality',
    ]);
  });
});
