import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/platform/access/roles.ts';
import { agency, signedInClient } from '../support/sessions.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

// Synthetic: a woman born 15 March 1992 (CURP built for this test, valid check digit).
const CURP = 'MAXL920315MPLXXX03';
const NEW_NAME = 'Nombrenuevo Marcadoredicion';
const NEW_PHONE = '+52 222 555 0188';

let database: TestDatabase;
let server: TestApp;
let puebla: string;
let veracruz: string;
let shelter: string;
let caseId: string;
let personId: string;
let prosecutor: Awaited<ReturnType<typeof signedIn>>;

const signedIn = (agencyId: string, roles: Role[]) =>
  signedInClient(database, server.baseUrl, agencyId, roles);
const personPath = () => `/api/v1/cases/${caseId}/people/${personId}`;
const patch = (session: typeof prosecutor, body: unknown, version?: number, path = personPath()) =>
  session.call('PATCH', path, body, version === undefined ? {} : { 'if-match': `"${version}"` });
const patchIdentity = (session: typeof prosecutor, body: unknown, version?: number) =>
  patch(session, body, version, `${personPath()}/identity`);
const reveal = async () =>
  (await prosecutor.call('POST', `${personPath()}/reveal`, { reason: 'Comprobar la corrección' })).body;
const personHistory = async () =>
  (await prosecutor.call('GET', `/api/v1/cases/${caseId}/history`)).body.items.filter(
    (entry: { recordId: string }) => entry.recordId === personId,
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
  caseId = (await prosecutor.call('POST', '/api/v1/cases', { stateCode: 'PUE' })).body.id;
  personId = (
    await prosecutor.call('POST', `/api/v1/cases/${caseId}/people`, {
      role: 'survivor',
      sex: 'female',
      needs: ['shelter'],
      identity: { givenNames: 'Nombre Sintético', firstSurname: 'Apellido', curp: CURP },
      contacts: [{ phone: '+52 222 555 0101' }],
    })
  ).body.id;
  await prosecutor.call('POST', `/api/v1/cases/${caseId}/shares`, {
    agencyCode: 'REFUGIO',
    reason: 'Canalización a refugio',
  });
});
afterAll(async () => {
  await server.close();
  await database.close();
});

describe('changing what neither identifies nor locates a person', () => {
  it('refuses a change without If-Match (428) and with a malformed one (400), changing nothing', async () => {
    const missing = await patch(prosecutor, { gender: 'feminine' });
    expect(missing.status).toBe(428);
    expect(missing.body.code).toBe('precondition_required');
    expect(
      (await prosecutor.call('PATCH', personPath(), { gender: 'feminine' }, { 'if-match': '*' })).status,
    ).toBe(400);
    expect((await prosecutor.call('GET', personPath())).body).toMatchObject({ gender: null, version: 1 });
  });

  it('applies a change at the version read and answers the new version as ETag', async () => {
    const changed = await patch(
      prosecutor,
      { gender: 'feminine', birthYear: 1992, disabilities: ['seeing'], needs: ['shelter', 'medical'] },
      1,
    );
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).toBe('"2"');
    expect(changed.body).toMatchObject({
      gender: 'feminine',
      birthYear: 1992,
      birthDatePrecision: 'year',
      hasDisability: true,
      disabilities: ['seeing'],
      needs: ['shelter', 'medical'],
      version: 2,
    });
  });

  it('refuses a change based on an old version with 412 naming the current one', async () => {
    const stale = await patch(prosecutor, { nationality: 'GT' }, 1);
    expect(stale.status).toBe(412);
    expect(stale.body.code).toBe('version_conflict');
    expect(stale.headers.get('etag')).toBe('"2"');
    expect((await prosecutor.call('GET', personPath())).body.nationality).toBeNull();
  });

  it('lets exactly one of two simultaneous writers at the same version win', async () => {
    const other = await signedIn(puebla, ['investigator']);
    const results = await Promise.all([
      patch(prosecutor, { nationality: 'MX' }, 2),
      patch(other, { nationality: 'GT' }, 2),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual([200, 412]);
    expect((await prosecutor.call('GET', personPath())).body.version).toBe(3);
  });

  it('keeps the change in history with its values, who and why', async () => {
    const [latest, second] = await personHistory();
    expect(latest).toMatchObject({ version: 3, kind: 'updated', fieldGroup: null });
    expect(second).toMatchObject({ version: 2, fieldGroup: 'needs', changedBy: { agencyCode: 'FGE-PUE' } });
    expect(second.changes).toEqual([
      { field: 'gender', from: null, to: 'feminine' },
      { field: 'birthYear', from: null, to: 1992 },
      { field: 'birthDatePrecision', from: null, to: 'year' },
      { field: 'hasDisability', from: null, to: true },
      { field: 'disabilities', from: [], to: ['seeing'] },
      { field: 'needs', from: ['shelter'], to: ['shelter', 'medical'] },
    ]);
  });

  it('clears the kinds of disability when told there is none, and does not bump the version for nothing', async () => {
    const cleared = await patch(
      prosecutor,
      { hasDisability: false, reason: 'Corrección tras entrevista' },
      3,
    );
    expect(cleared.body).toMatchObject({ hasDisability: false, disabilities: [], version: 4 });
    const same = await patch(prosecutor, { hasDisability: false }, 4);
    expect(same.status).toBe(200);
    expect(same.body.version).toBe(4);
  });

  it('refuses a sex or a birth year the CURP contradicts, naming the field, without revealing the CURP', async () => {
    const sex = await patch(prosecutor, { sex: 'male' }, 4);
    expect(sex.status).toBe(400);
    expect(sex.body.errors).toEqual([expect.objectContaining({ path: 'sex' })]);
    const year = await patch(prosecutor, { birthYear: 1993 }, 4);
    expect(year.body.errors).toEqual([expect.objectContaining({ path: 'birthYear' })]);
    expect(JSON.stringify([sex.body, year.body])).not.toContain('MAXL');
    expect((await prosecutor.call('GET', personPath())).body).toMatchObject({ sex: 'female', version: 4 });
  });

  it('refuses bad bodies and changes to the role or the identity through this route', async () => {
    expect((await patch(prosecutor, {}, 4)).status).toBe(400);
    expect((await patch(prosecutor, { role: 'witness' }, 4)).status).toBe(400);
    expect((await patch(prosecutor, { identity: { givenNames: NEW_NAME } }, 4)).status).toBe(400);
  });

  it('answers 404 to those who may not change the case', async () => {
    const outsider = await signedIn(veracruz, ['prosecutor']);
    expect((await patch(outsider, { gender: 'unknown' }, 4)).status).toBe(404);
    const shelterStaff = await signedIn(shelter, ['shelter_staff']);
    expect((await patch(shelterStaff, { gender: 'unknown' }, 4)).status).toBe(404);
    for (const role of ['statistician', 'auditor', 'administrator'] as const) {
      const oversight = await signedIn(puebla, [role]);
      expect((await patch(oversight, { gender: 'unknown' }, 4)).status).toBe(404);
      expect((await oversight.call('GET', personPath())).status).toBe(404);
    }
  });
});

describe('replacing identity, documents and contact points', () => {
  it('needs a recent sign-in or re-authentication', async () => {
    const investigator = await signedIn(puebla, ['investigator']);
    await database.owner.query(
      `UPDATE sessions SET authenticated_at = now() - interval '20 minutes' WHERE user_id = $1`,
      [investigator.userId],
    );
    const stale = await patchIdentity(investigator, { contacts: [{ phone: NEW_PHONE }] }, 4);
    expect(stale.status).toBe(403);
    expect(stale.body.code).toBe('reauthentication_required');
    expect((await prosecutor.call('GET', personPath())).body.version).toBe(4);
  });

  it('needs If-Match, and refuses an old version', async () => {
    expect((await patchIdentity(prosecutor, { contacts: [] })).status).toBe(428);
    const stale = await patchIdentity(prosecutor, { contacts: [] }, 3);
    expect(stale.status).toBe(412);
    expect(stale.body.code).toBe('version_conflict');
  });

  it('replaces each part sent whole, the year following a new date of birth', async () => {
    const changed = await patchIdentity(
      prosecutor,
      {
        identity: { givenNames: NEW_NAME, firstSurname: 'Apellido', birthDate: '1992-03', curp: CURP },
        documents: [{ kind: 'national_id', issuingCountry: 'MX', number: 'INE-0000-MARCADOR' }],
        contacts: [{ phone: NEW_PHONE }, { email: 'nuevo.marcador@example.org' }],
        reason: 'La persona corrigió su nombre',
      },
      4,
    );
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).toBe('"5"');
    expect(changed.body).toMatchObject({ birthYear: 1992, birthDatePrecision: 'month', hasDocuments: true });
    expect(await reveal()).toEqual({
      identity: { givenNames: NEW_NAME, firstSurname: 'Apellido', birthDate: '1992-03', curp: CURP },
      documents: [
        { kind: 'national_id', issuingCountry: 'MX', number: 'INE-0000-MARCADOR', expiresOn: null },
      ],
      contacts: [{ phone: NEW_PHONE }, { email: 'nuevo.marcador@example.org' }],
    });
  });

  it('keeps the change in history naming the fields, never their values', async () => {
    const [latest] = await personHistory();
    expect(latest).toMatchObject({
      version: 5,
      kind: 'updated',
      fieldGroup: 'location',
      reason: 'La persona corrigió su nombre',
    });
    expect(latest.changes).toEqual([
      { field: 'birthDatePrecision', from: 'year', to: 'month' },
      { field: 'givenNames', protected: true },
      { field: 'birthDate', protected: true },
      { field: 'documents', protected: true },
      { field: 'contacts', protected: true },
    ]);
    for (const query of [
      "SELECT string_agg(changes::text, E'\\n') AS text FROM record_changes",
      "SELECT string_agg(details::text, E'\\n') AS text FROM audit_entries",
    ]) {
      const stored = await database.owner.query(query);
      expect(stored.rows[0].text).not.toMatch(/Marcador|555 0188|INE-0000|example\.org/i);
    }
  });

  it('hides that change from a shelter, which may not see where people are', async () => {
    const shelterStaff = await signedIn(shelter, ['shelter_staff']);
    const history = await shelterStaff.call('GET', `/api/v1/cases/${caseId}/history`);
    const versions = history.body.items
      .filter((entry: { recordId: string }) => entry.recordId === personId)
      .map((entry: { version: number }) => entry.version);
    expect(versions).not.toContain(5);
    expect(versions).toContain(1);
  });

  it('refuses a CURP that contradicts the sex recorded, naming the CURP, and changes nothing', async () => {
    const refused = await patchIdentity(
      prosecutor,
      { identity: { givenNames: NEW_NAME, curp: 'PEXR880720HVZXXX03' } },
      5,
    );
    expect(refused.status).toBe(400);
    expect(refused.body.errors.map((error: { path: string }) => error.path)).toEqual([
      'identity.curp',
      'identity.curp',
    ]);
    expect((await reveal()).identity.curp).toBe(CURP);
  });

  it('lets a shelter neither replace an identity nor learn that the person exists through it', async () => {
    const shelterStaff = await signedIn(shelter, ['shelter_staff']);
    expect((await patchIdentity(shelterStaff, { identity: { givenNames: 'Otro' } }, 5)).status).toBe(404);
    const outsider = await signedIn(veracruz, ['prosecutor']);
    expect((await patchIdentity(outsider, { contacts: [] }, 5)).status).toBe(404);
  });

  it('removes every contact point when sent an empty list', async () => {
    const removed = await patchIdentity(prosecutor, { contacts: [] }, 5);
    expect(removed.body).toMatchObject({ hasContact: false, version: 6 });
    expect((await reveal()).contacts).toBeUndefined();
  });

  it('audits each change with the fields named and the version reached', async () => {
    const audit = await database.owner.query(
      `SELECT action, details FROM audit_entries WHERE record_id = $1 AND action LIKE 'person.%' ORDER BY id`,
      [personId],
    );
    expect(audit.rows.map((row) => row.action)).toEqual([
      'person.add',
      'person.update',
      'person.update',
      'person.update',
      'person.identity_update',
      'person.identity_update',
    ]);
    expect(audit.rows.at(-1).details).toEqual({ caseId, fields: ['contacts'], version: 6 });
  });
});

describe('after the case changes hands', () => {
  it('lets the authority that owns the case now change people another agency recorded', async () => {
    const fevimtra = await agency(database, 'FEVIMTRA', {
      type: 'federal_prosecutor_trafficking',
      level: 'federal',
    });
    await database.owner.query('UPDATE cases SET owning_agency_id = $1 WHERE id = $2', [fevimtra, caseId]);
    const federal = await signedIn(fevimtra, ['prosecutor']);
    const version = (await federal.call('GET', personPath())).body.version;
    const changed = await patch(federal, { nationality: 'HN' }, version);
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ nationality: 'HN', version: version + 1 });
    // The agency that opened the case keeps following it, read-only.
    expect((await patch(prosecutor, { nationality: 'MX' }, version + 1)).status).toBe(404);
  });
});
