import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/platform/access/roles.ts';
import { agency, signedInClient } from '../support/sessions.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

// Synthetic people and documents made for this test; the CURP's check digit is valid.
const CURP = 'LOXA950606MOCXXX01';
const PASSPORT = 'GTX4410927';

let database: TestDatabase;
let server: TestApp;
let puebla: string;
let chiapas: string;
let pueblaCase: string;
let chiapasCase: string;
let maria: string;
let prosecutor: Awaited<ReturnType<typeof signedIn>>;

const signedIn = (agencyId: string, roles: Role[]) =>
  signedInClient(database, server.baseUrl, agencyId, roles);
const search = (session: typeof prosecutor, body: object) =>
  session.call('POST', '/api/v1/people/search', body);
const found = async (session: typeof prosecutor, body: object) =>
  (await search(session, body)).body.items.map((item: { personId: string }) => item.personId);

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestApp(database);
  puebla = await agency(database, 'FGE-PUE', { type: 'state_prosecutor', level: 'state', state: 'PUE' });
  chiapas = await agency(database, 'FGE-CHP', { type: 'state_prosecutor', level: 'state', state: 'CHP' });
  prosecutor = await signedIn(puebla, ['prosecutor']);
  pueblaCase = (await prosecutor.call('POST', '/api/v1/cases', { stateCode: 'PUE' })).body.id;
  maria = (
    await prosecutor.call('POST', `/api/v1/cases/${pueblaCase}/people`, {
      role: 'survivor',
      sex: 'female',
      identity: {
        givenNames: 'María Ángeles',
        firstSurname: 'López',
        secondSurname: 'García',
        birthDate: '1995-06-06',
        curp: CURP,
      },
      documents: [{ kind: 'passport', issuingCountry: 'GT', number: PASSPORT }],
    })
  ).body.id;
  const colleague = await signedIn(chiapas, ['prosecutor']);
  chiapasCase = (await colleague.call('POST', '/api/v1/cases', { stateCode: 'CHP' })).body.id;
  await colleague.call('POST', `/api/v1/cases/${chiapasCase}/people`, {
    role: 'survivor',
    identity: { givenNames: 'María Ángeles', firstSurname: 'López', secondSurname: 'García', curp: CURP },
    documents: [{ kind: 'passport', issuingCountry: 'GT', number: PASSPORT }],
  });
});
afterAll(async () => {
  await server.close();
  await database.close();
});

describe('searching people by name', () => {
  it.each([
    ['the full name as recorded', 'María Ángeles López García'],
    ['without accents, in capitals, with extra spaces', '  MARIA ANGELES   LOPEZ GARCIA '],
    ['given names and first surname', 'maria angeles lopez'],
  ])('finds the person by %s', async (_, name) => {
    expect(await found(prosecutor, { name })).toEqual([maria]);
  });

  it.each([
    ['one given name with both surnames', 'María López García'],
    ['one given name with the first surname', 'María López'],
    ['the given names alone', 'María Ángeles'],
    ['the surnames alone', 'López García'],
    ['a part of a word', 'Marí Ángeles López García'],
  ])('does not find the person by %s (exact match only)', async (_, name) => {
    expect(await found(prosecutor, { name })).toEqual([]);
  });

  it('answers the case and role of each match, never the identity', async () => {
    const result = await search(prosecutor, { name: 'maria angeles lopez' });
    expect(result.body).toEqual({
      items: [{ personId: maria, caseId: pueblaCase, caseReference: expect.any(String), role: 'survivor' }],
      nextOffset: null,
    });
  });
});

describe('searching people by identifier', () => {
  it('finds the CURP whatever its case, and the passport whatever its spacing', async () => {
    expect(await found(prosecutor, { curp: CURP.toLowerCase() })).toEqual([maria]);
    expect(await found(prosecutor, { passport: 'gtx 441-0927' })).toEqual([maria]);
  });

  it('matches a passport number only among passports', async () => {
    const other = await prosecutor.call('POST', `/api/v1/cases/${pueblaCase}/people`, {
      role: 'witness',
      documents: [{ kind: 'consular_id', issuingCountry: 'MX', number: 'MCX0000777' }],
    });
    expect(other.status).toBe(201);
    expect(await found(prosecutor, { passport: 'MCX0000777' })).toEqual([]);
  });
});

describe('who may search', () => {
  it('never finds people in cases the caller may not see', async () => {
    const elsewhere = await signedIn(
      await agency(database, 'FGE-VER', { type: 'state_prosecutor', level: 'state', state: 'VER' }),
      ['prosecutor'],
    );
    expect(await found(elsewhere, { curp: CURP })).toEqual([]);
    expect(await found(elsewhere, { name: 'maria angeles lopez' })).toEqual([]);
  });

  it('finds a person in two agencies only for the agency that sees both cases', async () => {
    await prosecutor.call('POST', `/api/v1/cases/${pueblaCase}/shares`, {
      agencyCode: 'FGE-CHP',
      reason: 'Coordinar la investigación',
    });
    const chiapasProsecutor = await signedIn(chiapas, ['prosecutor']);
    const cases = (await search(chiapasProsecutor, { curp: CURP })).body.items.map(
      (item: { caseId: string }) => item.caseId,
    );
    expect(cases.sort()).toEqual([pueblaCase, chiapasCase].sort());
    expect((await search(prosecutor, { curp: CURP })).body.items).toHaveLength(1);
  });

  it('gives statisticians, auditors and administrators nothing, even in the owning agency', async () => {
    for (const role of ['statistician', 'auditor', 'administrator'] as const) {
      const outsider = await signedIn(puebla, [role]);
      const result = await search(outsider, { curp: CURP });
      expect(result.status).toBe(200);
      expect(result.body.items).toEqual([]);
    }
  });
});

describe('pages, input and traces', () => {
  it('pages through the matches', async () => {
    for (let index = 0; index < 2; index++)
      await prosecutor.call('POST', `/api/v1/cases/${pueblaCase}/people`, {
        role: 'witness',
        identity: { givenNames: 'Testigo', firstSurname: 'Repetido' },
      });
    const first = await search(prosecutor, { name: 'testigo repetido', limit: 1 });
    expect(first.body.items).toHaveLength(1);
    expect(first.body.nextOffset).toBe(1);
    const second = await search(prosecutor, { name: 'testigo repetido', limit: 1, offset: 1 });
    expect(second.body.items).toHaveLength(1);
    expect(second.body.nextOffset).toBeNull();
    expect(second.body.items[0].personId).not.toBe(first.body.items[0].personId);
  });

  it('asks for exactly one search key, and refuses a CURP with a wrong check digit without echoing it', async () => {
    const none = await search(prosecutor, {});
    expect(none.status).toBe(400);
    expect(none.body.errors[0].message).toContain('uno solo');
    expect((await search(prosecutor, { curp: CURP, name: 'María' })).status).toBe(400);
    const mistyped = await search(prosecutor, { curp: 'LOXA950606MOCXXX02' });
    expect(mistyped.status).toBe(400);
    expect(mistyped.body.errors[0].path).toBe('curp');
    expect(JSON.stringify(mistyped.body)).not.toContain('LOXA');
  });

  it('is audited as an identity search without the value searched, which no log holds either', async () => {
    const audit = await database.owner.query(
      `SELECT details::text AS details FROM audit_entries WHERE action = 'identity.search' AND actor_user_id = $1`,
      [prosecutor.userId],
    );
    expect(audit.rows.length).toBeGreaterThan(5);
    expect(audit.rows.map((row) => JSON.parse(row.details).by)).toEqual(
      expect.arrayContaining(['curp', 'passport', 'name']),
    );
    const traces = [audit.rows.map((row) => row.details).join('\n'), server.logs()];
    expect(server.logs()).toContain('/api/v1/people/search');
    for (const trace of traces) expect(trace).not.toMatch(/LOXA|GTX|Mar[ií]a|L[oó]pez|Repetido/i);
  });
});
