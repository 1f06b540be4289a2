import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/platform/access/roles.ts';
import { agency, signedInClient } from '../support/sessions.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

let database: TestDatabase;
let server: TestApp;
let puebla: string;
let shelter: string;
let veracruz: string;
let caseId: string;
let prosecutor: Awaited<ReturnType<typeof signedIn>>;

const signedIn = (agencyId: string, roles: Role[]) =>
  signedInClient(database, server.baseUrl, agencyId, roles);

const patch = (session: typeof prosecutor, body: unknown, version?: string) =>
  session.call(
    'PATCH',
    `/api/v1/cases/${caseId}`,
    body,
    version === undefined ? {} : { 'if-match': version },
  );

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestApp(database);
  puebla = await agency(database, 'FGE-PUE', { type: 'state_prosecutor', level: 'state', state: 'PUE' });
  veracruz = await agency(database, 'FGE-VER', { type: 'state_prosecutor', level: 'state', state: 'VER' });
  shelter = await agency(database, 'REFUGIO', {
    type: 'shelter',
    level: 'state',
    state: 'CMX',
    sector: 'ngo',
  });
  prosecutor = await signedIn(puebla, ['prosecutor']);
  caseId = (await prosecutor.call('POST', '/api/v1/cases', { stateCode: 'PUE', municipality: 'Tehuacán' }))
    .body.id;
  await prosecutor.call('POST', `/api/v1/cases/${caseId}/shares`, {
    agencyCode: 'REFUGIO',
    reason: 'Canalización a refugio',
  });
});
afterAll(async () => {
  await server.close();
  await database.close();
});

describe('changing a case under optimistic concurrency', () => {
  it('reads with an ETag that names the version', async () => {
    const read = await prosecutor.call('GET', `/api/v1/cases/${caseId}`);
    expect(read.headers.get('etag')).toBe('"1"');
    expect(read.body.version).toBe(1);
  });

  it('refuses a change without If-Match (428) and with a malformed one (400), changing nothing', async () => {
    const missing = await patch(prosecutor, { status: 'investigation' });
    expect(missing.status).toBe(428);
    expect(missing.headers.get('content-type')).toContain('application/problem+json');
    expect(missing.body.code).toBe('precondition_required');
    expect((await patch(prosecutor, { status: 'investigation' }, '*')).status).toBe(400);
    expect((await patch(prosecutor, { status: 'investigation' }, '"1", "2"')).status).toBe(400);
    expect((await prosecutor.call('GET', `/api/v1/cases/${caseId}`)).body.status).toBe('identification');
  });

  it('applies a change at the version read, and answers the new version', async () => {
    const changed = await patch(prosecutor, { status: 'investigation', municipality: 'Puebla' }, '"1"');
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ status: 'investigation', municipality: 'Puebla', version: 2 });
    expect(changed.headers.get('etag')).toBe('"2"');
  });

  it('refuses a change based on an old version with 412 naming the current one, in the caller’s language', async () => {
    const stale = await patch(prosecutor, { municipality: 'Atlixco' }, '"1"');
    expect(stale.status).toBe(412);
    expect(stale.body.code).toBe('version_conflict');
    expect(stale.body.detail).toContain('versión 2');
    expect(stale.headers.get('etag')).toBe('"2"');
    const inEnglish = await prosecutor.call(
      'PATCH',
      `/api/v1/cases/${caseId}`,
      { municipality: 'Atlixco' },
      { 'if-match': '"1"', 'accept-language': 'en' },
    );
    expect(inEnglish.body.detail).toContain('version 2');
    expect((await prosecutor.call('GET', `/api/v1/cases/${caseId}`)).body.municipality).toBe('Puebla');
  });

  it('lets exactly one of two simultaneous writers at the same version win', async () => {
    const other = await signedIn(puebla, ['investigator']);
    const results = await Promise.all([
      patch(prosecutor, { municipality: 'Cholula' }, '"2"'),
      patch(other, { municipality: 'Atlixco' }, '"2"'),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual([200, 412]);
    const read = await prosecutor.call('GET', `/api/v1/cases/${caseId}`);
    expect(read.body.version).toBe(3);
    const winner = results.find((result) => result.status === 200);
    expect(read.body.municipality).toBe(winner?.body.municipality);
  });

  it('does not bump the version when nothing changed', async () => {
    const same = await patch(prosecutor, { status: 'investigation' }, '"3"');
    expect(same.status).toBe(200);
    expect(same.body.version).toBe(3);
  });

  it('keeps prosecutorial statuses to prosecutors and asks a reason to move back', async () => {
    const investigator = await signedIn(puebla, ['investigator']);
    const refused = await patch(investigator, { status: 'prosecution' }, '"3"');
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('status_needs_prosecutor');
    expect((await patch(prosecutor, { status: 'prosecution' }, '"3"')).status).toBe(200);
    const back = await patch(prosecutor, { status: 'investigation' }, '"4"');
    expect(back.status).toBe(422);
    expect(back.body.code).toBe('status_change_needs_reason');
    const withReason = await patch(
      prosecutor,
      { status: 'investigation', reason: 'El juez devolvió la carpeta para ampliar la investigación' },
      '"4"',
    );
    expect(withReason.status).toBe(200);
  });

  it('refuses bad bodies with a message naming the field', async () => {
    const empty = await patch(prosecutor, {}, '"5"');
    expect(empty.status).toBe(400);
    expect(empty.body.errors[0].message).toContain('no hay nada que cambiar');
    const badStatus = await patch(prosecutor, { status: 'archived' }, '"5"');
    expect(badStatus.status).toBe(400);
    expect(badStatus.body.errors[0].path).toBe('status');
    const unknownField = await patch(prosecutor, { owningAgencyId: veracruz }, '"5"');
    expect(unknownField.status).toBe(400);
    expect((await prosecutor.call('GET', `/api/v1/cases/${caseId}`)).body.version).toBe(5);
  });

  it('answers 404 to agencies that may not change the case, shared or not', async () => {
    const outsider = await signedIn(veracruz, ['prosecutor']);
    expect((await patch(outsider, { municipality: 'Xalapa' }, '"5"')).status).toBe(404);
    const shelterStaff = await signedIn(shelter, ['shelter_staff']);
    expect((await patch(shelterStaff, { municipality: 'Xalapa' }, '"5"')).status).toBe(404);
    for (const role of ['statistician', 'auditor', 'administrator'] as const) {
      const oversight = await signedIn(puebla, [role]);
      expect((await patch(oversight, { municipality: 'Xalapa' }, '"5"')).status).toBe(404);
    }
  });
});

describe('case history', () => {
  it('lists every change with who, when, values and reason, newest first', async () => {
    const history = await prosecutor.call('GET', `/api/v1/cases/${caseId}/history`);
    expect(history.status).toBe(200);
    const versions = history.body.items.map((entry: { version: number }) => entry.version);
    expect(versions).toEqual([5, 4, 3, 2, 1]);
    const [latest, , , first, opened] = history.body.items;
    expect(latest).toMatchObject({
      recordType: 'case',
      recordId: caseId,
      kind: 'updated',
      changes: [{ field: 'status', from: 'prosecution', to: 'investigation' }],
      reason: 'El juez devolvió la carpeta para ampliar la investigación',
      changedBy: { agencyCode: 'FGE-PUE' },
    });
    expect(first.changes).toEqual([
      { field: 'status', from: 'identification', to: 'investigation' },
      { field: 'municipality', from: 'Tehuacán', to: 'Puebla' },
    ]);
    expect(opened).toMatchObject({
      kind: 'created',
      changes: [
        { field: 'status', from: null, to: 'identification' },
        { field: 'stateCode', from: null, to: 'PUE' },
        { field: 'municipality', from: null, to: 'Tehuacán' },
      ],
    });
  });

  it('pages with `before`', async () => {
    const first = await prosecutor.call('GET', `/api/v1/cases/${caseId}/history?limit=3`);
    expect(first.body.items).toHaveLength(3);
    const rest = await prosecutor.call(
      'GET',
      `/api/v1/cases/${caseId}/history?before=${first.body.nextBefore}`,
    );
    expect(rest.body.items.map((entry: { version: number }) => entry.version)).toEqual([2, 1]);
    expect(rest.body.nextBefore).toBeNull();
  });

  it('is readable by an agency the case is shared with, and 404 for outsiders and oversight roles', async () => {
    const shelterStaff = await signedIn(shelter, ['shelter_staff']);
    expect((await shelterStaff.call('GET', `/api/v1/cases/${caseId}/history`)).status).toBe(200);
    const outsider = await signedIn(veracruz, ['prosecutor']);
    expect((await outsider.call('GET', `/api/v1/cases/${caseId}/history`)).status).toBe(404);
    const statistician = await signedIn(puebla, ['statistician']);
    expect((await statistician.call('GET', `/api/v1/cases/${caseId}/history`)).status).toBe(404);
  });

  it('cannot be rewritten, by the application role nor by the owner', async () => {
    for (const pool of [database.app, database.owner]) {
      await expect(pool.query('UPDATE record_changes SET reason = $1', ['reescrito'])).rejects.toThrow();
      await expect(pool.query('DELETE FROM record_changes')).rejects.toThrow();
    }
    await expect(database.owner.query('TRUNCATE record_changes')).rejects.toThrow();
    const kept = await database.owner.query('SELECT count(*)::int AS n FROM record_changes');
    expect(kept.rows[0].n).toBe(5);
  });
});
