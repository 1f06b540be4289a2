import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/platform/access/roles.ts';
import { agency, signedInClient } from '../support/sessions.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

// Synthetic markers, never real people: if any reaches a table in clear text, a test fails.
const MARKERS = {
  givenNames: 'Leocadia Marcadorcompleto',
  firstSurname: 'Apellidoprimero',
  secondSurname: 'Apellidosegundo',
  curp: 'MAXL920315MPLXXX03',
  passport: 'PSX7731902',
  consularId: 'MCX-55193-0042',
  phone: '+52 222 555 0177',
  email: 'marcador.correo@example.org',
  address: 'Privada Marcadordireccion 12, Cholula',
  relativePhone: '+502 5555 0123',
};

const COMPLETE = {
  role: 'survivor',
  sex: 'female',
  gender: 'transgender_feminine',
  nationality: 'MX',
  indigenousLanguage: 'náhuatl',
  disabilities: ['hearing', 'mobility'],
  needs: ['shelter', 'interpretation'],
  identity: {
    givenNames: MARKERS.givenNames,
    firstSurname: MARKERS.firstSurname,
    secondSurname: MARKERS.secondSurname,
    birthDate: '1992-03-15',
    curp: MARKERS.curp,
  },
  documents: [
    { kind: 'passport', issuingCountry: 'MX', number: MARKERS.passport, expiresOn: '2030-06-30' },
    { kind: 'consular_id', issuingCountry: 'MX', number: MARKERS.consularId },
  ],
  contacts: [
    { phone: MARKERS.phone, email: MARKERS.email },
    { address: MARKERS.address },
    { phone: MARKERS.relativePhone },
  ],
};

let database: TestDatabase;
let server: TestApp;
let puebla: string;
let caseId: string;
let personId: string;
let prosecutor: Awaited<ReturnType<typeof signedIn>>;

const signedIn = (agencyId: string, roles: Role[]) =>
  signedInClient(database, server.baseUrl, agencyId, roles);
const peoplePath = () => `/api/v1/cases/${caseId}/people`;
const count = async (table: string) =>
  (await database.owner.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n as number;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestApp(database);
  puebla = await agency(database, 'FGE-PUE', { type: 'state_prosecutor', level: 'state', state: 'PUE' });
  prosecutor = await signedIn(puebla, ['prosecutor']);
  caseId = (await prosecutor.call('POST', '/api/v1/cases', { stateCode: 'PUE' })).body.id;
});
afterAll(async () => {
  await server.close();
  await database.close();
});

describe('recording the complete person', () => {
  it('accepts every field and lists the clear ones, with the year taken from the date of birth', async () => {
    const added = await prosecutor.call('POST', peoplePath(), COMPLETE);
    expect(added.status).toBe(201);
    personId = added.body.id;
    const list = await prosecutor.call('GET', peoplePath());
    expect(list.body.items).toEqual([
      {
        id: personId,
        role: 'survivor',
        sex: 'female',
        gender: 'transgender_feminine',
        birthYear: 1992,
        birthDatePrecision: 'day',
        nationality: 'MX',
        indigenousLanguage: 'náhuatl',
        hasDisability: true,
        disabilities: ['hearing', 'mobility'],
        publicOfficial: false,
        needs: ['shelter', 'interpretation'],
        hasIdentity: true,
        hasDocuments: true,
        hasContact: true,
        version: 1,
      },
    ]);
  });

  it('answers one person with an ETag naming its version', async () => {
    const read = await prosecutor.call('GET', `${peoplePath()}/${personId}`);
    expect(read.status).toBe(200);
    expect(read.headers.get('etag')).toBe('"1"');
    expect(read.body).toMatchObject({ id: personId, version: 1, hasDocuments: true });
    expect(JSON.stringify(read.body)).not.toContain('Marcador');
  });

  it('reveals identity, documents and every contact point in the order recorded', async () => {
    const shown = await prosecutor.call('POST', `${peoplePath()}/${personId}/reveal`, {
      reason: 'Verificar los documentos de identidad',
    });
    expect(shown.body).toEqual({
      identity: COMPLETE.identity,
      documents: [
        { kind: 'passport', issuingCountry: 'MX', number: MARKERS.passport, expiresOn: '2030-06-30' },
        { kind: 'consular_id', issuingCountry: 'MX', number: MARKERS.consularId, expiresOn: null },
      ],
      contacts: COMPLETE.contacts,
    });
  });

  it('keeps a partial date of birth at its precision, the year in clear and the rest encrypted', async () => {
    const added = await prosecutor.call('POST', peoplePath(), {
      role: 'witness',
      identity: { givenNames: 'Testigo Sintético', birthDate: '1987-11' },
    });
    expect(added.status).toBe(201);
    const person = await prosecutor.call('GET', `${peoplePath()}/${added.body.id}`);
    expect(person.body).toMatchObject({ birthYear: 1987, birthDatePrecision: 'month' });
    const yearOnly = await prosecutor.call('POST', peoplePath(), { role: 'suspect', birthYear: 1979 });
    const suspect = await prosecutor.call('GET', `${peoplePath()}/${yearOnly.body.id}`);
    expect(suspect.body).toMatchObject({ birthYear: 1979, birthDatePrecision: 'year', hasIdentity: false });
  });

  it('starts the person’s history, naming identity, documents and contacts without their values', async () => {
    const history = await prosecutor.call('GET', `/api/v1/cases/${caseId}/history`);
    const created = history.body.items.find(
      (entry: { recordType: string; recordId: string }) =>
        entry.recordType === 'person' && entry.recordId === personId,
    );
    expect(created).toMatchObject({ kind: 'created', version: 1, fieldGroup: 'needs' });
    expect(created.changes).toEqual(
      expect.arrayContaining([
        { field: 'gender', from: null, to: 'transgender_feminine' },
        { field: 'birthYear', from: null, to: 1992 },
        { field: 'disabilities', from: null, to: ['hearing', 'mobility'] },
        { field: 'givenNames', protected: true },
        { field: 'curp', protected: true },
        { field: 'documents', protected: true },
        { field: 'contacts', protected: true },
      ]),
    );
    // Whole markers: a fragment like "555" also turns up inside random record ids.
    expect(JSON.stringify(history.body)).not.toMatch(
      /Marcador|Apellido|PSX7731902|MCX-55193|555 0177|5555 0123|example\.org/,
    );
  });
});

describe('refusing bad input', () => {
  const base = { role: 'survivor', identity: { givenNames: 'Persona Rechazada' } };
  const cases: [string, object, string, string][] = [
    [
      'a CURP whose check digit does not match',
      { ...base, identity: { ...base.identity, curp: 'MAXL920315MPLXXX04' } },
      'identity.curp',
      'dígito verificador',
    ],
    [
      'a CURP whose date of birth disagrees with the one given',
      { ...base, identity: { ...base.identity, curp: MARKERS.curp, birthDate: '1992-03-16' } },
      'identity.curp',
      'fecha de nacimiento de la CURP',
    ],
    [
      'a CURP of a woman recorded as a man',
      { ...base, sex: 'male', identity: { ...base.identity, curp: MARKERS.curp } },
      'identity.curp',
      'sexo de la CURP',
    ],
    [
      'a birth year that disagrees with the date of birth',
      { ...base, birthYear: 1991, identity: { ...base.identity, birthDate: '1992-03-15' } },
      'birthYear',
      'no coincide',
    ],
    [
      'a date of birth in the future',
      { ...base, identity: { ...base.identity, birthDate: `${new Date().getUTCFullYear() + 1}-01-01` } },
      'identity.birthDate',
      'posterior a hoy',
    ],
    [
      'a date of birth that is not a date',
      { ...base, identity: { ...base.identity, birthDate: '1992-02-30' } },
      'identity.birthDate',
      'AAAA-MM-DD',
    ],
    [
      'an unknown kind of document',
      { ...base, documents: [{ kind: 'driving_licence', issuingCountry: 'MX', number: 'X1' }] },
      'documents.0.kind',
      'passport',
    ],
    [
      'a passport without its issuing country',
      { ...base, documents: [{ kind: 'passport', number: 'PSX0000001' }] },
      'documents.0.issuingCountry',
      'obligatorio',
    ],
    ['an empty contact point', { ...base, contacts: [{}] }, 'contacts.0', 'teléfono'],
    [
      'kinds of disability with no disability',
      { ...base, hasDisability: false, disabilities: ['seeing'] },
      'disabilities',
      'discapacidad',
    ],
    ['an unknown gender', { ...base, gender: 'female' }, 'gender', 'feminine'],
  ];

  it.each(cases)('refuses %s with 400 naming the field, and writes nothing', async (_, body, path, words) => {
    const before = await Promise.all(
      ['people', 'person_identities', 'person_documents', 'person_contacts', 'record_changes'].map(count),
    );
    const refused = await prosecutor.call('POST', peoplePath(), body);
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('validation_failed');
    expect(refused.body.errors.map((error: { path: string }) => error.path)).toEqual([path]);
    expect(refused.body.errors[0].message).toContain(words);
    expect(JSON.stringify(refused.body)).not.toContain('MAXL920315');
    const after = await Promise.all(
      ['people', 'person_identities', 'person_documents', 'person_contacts', 'record_changes'].map(count),
    );
    expect(after).toEqual(before);
  });

  it('names the field in English too', async () => {
    const refused = await prosecutor.call(
      'POST',
      peoplePath(),
      { ...base, identity: { ...base.identity, curp: 'MAXL920315MPLXXX04' } },
      { 'accept-language': 'en' },
    );
    expect(refused.body.errors[0].message).toContain('check digit');
  });
});

describe('encryption at rest', () => {
  it('leaves no marker in any table, history and audit log included', async () => {
    const tables = await database.owner.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`);
    const plain = Object.values(MARKERS);
    for (const { tablename } of tables.rows) {
      const dump = await database.owner.query(
        `SELECT coalesce(string_agg(t::text, E'\\n'), '') AS text FROM ${tablename} t`,
      );
      for (const marker of plain) expect(dump.rows[0].text, tablename).not.toContain(marker);
    }
  });

  it('stores document numbers, expiries and e-mails as ciphertext bound to their own rows', async () => {
    const documents = await database.owner.query(
      'SELECT id::text, number, expires_on, number_index FROM person_documents WHERE person_id = $1',
      [personId],
    );
    for (const row of documents.rows) {
      expect(row.number).toMatch(/^v1\.k1\./);
      expect(row.number_index).toMatch(/^[A-Za-z0-9_-]{43}$/);
    }
    const contacts = await database.owner.query(
      'SELECT email FROM person_contacts WHERE person_id = $1 AND email IS NOT NULL',
      [personId],
    );
    expect(contacts.rows).toEqual([{ email: expect.stringMatching(/^v1\.k1\./) }]);
  });
});
