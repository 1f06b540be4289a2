import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withActor } from '../../src/platform/db/with-actor.ts';
import {
  closeExchangeBeds,
  type ExchangeBed,
  exportedText,
  openExchangeBed,
  type Session,
  signedIn,
} from '../support/exchange-bed.ts';

// Synthetic markers: if one reaches a statistician's extract, a test fails.
const MARKERS = {
  givenNames: 'Leocadia Marcadorestad',
  surname: 'Apellidoprivado',
  curp: 'MAXL920315MPLXXX03',
  birthDate: '1992-03-15',
  phone: '+52 222 555 0177',
  passport: 'GT55443322',
  municipality: 'Municipioprivado',
  reference: 'PUE-2012-7777',
  place: 'Bodegaprivada Marcador 91',
  institution: 'Policía municipal de Marcadorpriv',
  evidence: 'Constanciaprivada marcador firmada',
  language: 'Lenguaprivada',
  note: 'Notaprivada marcador del expediente',
  externalCase: 'estad-caso-1',
  externalPerson: 'estad-sobreviviente-1',
};

const HEADER = { type: 'enlace-bundle', version: 1 };
const BUNDLE = [
  HEADER,
  {
    type: 'case',
    id: MARKERS.externalCase,
    reference: MARKERS.reference,
    stateCode: 'PUE',
    municipality: MARKERS.municipality,
    status: 'investigation',
    openedOn: '2012-03-01',
  },
  {
    type: 'person',
    id: MARKERS.externalPerson,
    case: MARKERS.externalCase,
    role: 'survivor',
    sex: 'female',
    birthYear: 1992,
    nationality: 'GT',
    indigenousLanguage: MARKERS.language,
    identity: {
      givenNames: MARKERS.givenNames,
      firstSurname: MARKERS.surname,
      birthDate: MARKERS.birthDate,
      curp: MARKERS.curp,
    },
    documents: [{ kind: 'passport', issuingCountry: 'GT', number: MARKERS.passport }],
    contacts: [{ phone: MARKERS.phone }],
  },
  // No consent for statistics: a record-level extract never holds her (birth year 1977 is hers alone).
  {
    type: 'person',
    id: 'estad-sin-consentimiento',
    case: MARKERS.externalCase,
    role: 'survivor',
    birthYear: 1977,
  },
  { type: 'person', id: 'estad-imputado-1', case: MARKERS.externalCase, role: 'suspect', sex: 'male' },
  {
    type: 'exploitation',
    id: 'estad-explotacion-1',
    case: MARKERS.externalCase,
    person: MARKERS.externalPerson,
    forms: ['labour_exploitation'],
    exploitation: {
      countryCode: 'MX',
      stateCode: 'PUE',
      municipality: MARKERS.municipality,
      details: MARKERS.place,
      date: '2011-11-20',
    },
  },
  {
    type: 'exploitation',
    id: 'estad-explotacion-2',
    case: MARKERS.externalCase,
    person: 'estad-sin-consentimiento',
    forms: ['forced_begging'],
  },
  {
    type: 'suspectRole',
    id: 'estad-rol-1',
    case: MARKERS.externalCase,
    person: 'estad-imputado-1',
    processRoles: ['recruiter'],
    publicOfficial: true,
    officialInstitution: MARKERS.institution,
  },
  {
    type: 'consent',
    id: 'estad-consentimiento-1',
    case: MARKERS.externalCase,
    person: MARKERS.externalPerson,
    scopes: ['statistics'],
    givenOn: '2012-03-02',
    evidenceNote: MARKERS.evidence,
  },
];

let bed: ExchangeBed;
let prosecutor: Session;
let statistician: Session;

const exported = (session: Session, body: unknown) => exportedText(bed, session, body);
const parsed = (text: string) =>
  text
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line));
const withoutExportDate = (text: string) => text.replace(/"exportedAt":"[^"]+"/, '');

beforeAll(async () => {
  bed = await openExchangeBed();
  prosecutor = await signedIn(bed, bed.puebla, ['prosecutor']);
  const imported = await prosecutor.call(
    'POST',
    '/api/v1/imports',
    `${BUNDLE.map((line) => JSON.stringify(line)).join('\n')}\n`,
    { 'content-type': 'application/x-ndjson' },
  );
  expect(imported.status).toBe(200);
  const cases = await prosecutor.call('GET', '/api/v1/cases');
  const note = await prosecutor.call('POST', `/api/v1/cases/${cases.body.items[0].id}/notes`, {
    fieldGroup: 'needs',
    text: MARKERS.note,
  });
  expect(note.status).toBe(201);
  // Another agency's statistician: the extract is national.
  statistician = await signedIn(bed, bed.veracruz, ['statistician']);
});
afterAll(() => closeExchangeBeds([bed]));

describe("a statistician's de-identified export", () => {
  it('holds no identifying field in either format', async () => {
    for (const format of ['bundle', 'htcds-csv']) {
      const text = await exported(statistician, { format, purpose: 'anuario_2025' });
      for (const marker of Object.values(MARKERS)) expect(text).not.toContain(marker);
      for (const identifying of ['5550177', 'Leocadia', 'birthDate', 'identity', 'contacts', 'documents'])
        expect(text).not.toContain(identifying);
    }
  });

  it('gives the case, consenting survivors and suspects, their records, under keyed pseudonyms', async () => {
    const lines = parsed(await exported(statistician, { format: 'bundle', purpose: 'anuario_2025' }));
    expect(lines[0]).toMatchObject({
      type: 'enlace-statistical-extract',
      version: 1,
      purpose: 'anuario_2025',
      consentPolicy: 'aggregates',
    });
    const [caseLine, ...rest] = lines.slice(1);
    expect(caseLine).toEqual({
      type: 'case',
      id: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
      stateCode: 'PUE',
      status: 'investigation',
      openedYear: 2012,
      agencyCode: 'FGE-PUE',
    });
    const survivor = rest.find((line) => line.role === 'survivor');
    expect(survivor).toMatchObject({ type: 'person', case: caseLine.id, birthYear: 1992, nationality: 'GT' });
    expect(survivor.speaksIndigenousLanguage).toBe(true);
    expect(rest.filter((line) => line.type === 'person').map((line) => line.role)).toEqual(
      expect.arrayContaining(['survivor', 'suspect']),
    );
    expect(rest.filter((line) => line.type === 'person')).toHaveLength(2);
    expect(JSON.stringify(rest)).not.toContain('1977');
    expect(JSON.stringify(rest)).not.toContain('forced_begging');
    expect(rest.find((line) => line.type === 'exploitation')).toEqual({
      type: 'exploitation',
      id: expect.any(String),
      case: caseLine.id,
      person: survivor.id,
      forms: ['labour_exploitation'],
      exploitation: { countryCode: 'MX', stateCode: 'PUE', year: 2011 },
      methodsOfControl: [],
      recruitmentMethods: [],
      routeCountries: [],
    });
    expect(rest.find((line) => line.type === 'suspectRole')).toMatchObject({
      processRoles: ['recruiter'],
      publicOfficial: true,
    });
    // Her consent travels without its evidence note, and her unconsenting companion's not at all.
    expect(rest.filter((line) => line.type === 'consent')).toEqual([
      {
        type: 'consent',
        id: expect.any(String),
        case: caseLine.id,
        person: survivor.id,
        scopes: ['statistics'],
        recipientAgencyTypes: [],
        recipientAgencyCodes: [],
        givenYear: 2012,
      },
    ]);
    const again = parsed(await exported(statistician, { format: 'bundle', purpose: 'anuario_2025' }));
    expect(again.slice(1)).toEqual(lines.slice(1));
    const otherPurpose = parsed(await exported(statistician, { format: 'bundle', purpose: 'estudio_rutas' }));
    expect(otherPurpose[1].id).not.toBe(caseLine.id);
  });

  it('writes the HTCDS CSV with non-identifying columns only, one row per person', async () => {
    const csv = await exported(statistician, { format: 'htcds-csv', purpose: 'anuario_2025' });
    const [header, ...rows] = csv.trimEnd().split('\n');
    expect(header).toMatch(/^enlace_CaseId,cas_Status,/);
    for (const column of [
      'prs_FirstName',
      'prs_Birthdate',
      'prs_IdentityNumber',
      'prs_MobilePhone',
      'enlace_CaseReference',
    ])
      expect(header).not.toContain(column);
    expect(rows).toHaveLength(2);
    expect(rows.filter((row) => row.includes(',1992,'))).toHaveLength(1);
    expect(rows.filter((row) => row.includes('recruiter'))).toHaveLength(1);
    expect(csv).not.toContain('1977');
  });

  it('is audited with its purpose and counts, and no personal data', async () => {
    const audit = await bed.database.owner.query(
      "SELECT actor_user_id, details FROM audit_entries WHERE action = 'case.export' AND details ->> 'deidentified' = 'true' ORDER BY id",
    );
    expect(audit.rows.length).toBeGreaterThanOrEqual(1);
    expect(audit.rows[0].actor_user_id).toBe(statistician.userId);
    expect(audit.rows[0].details).toMatchObject({
      purpose: 'anuario_2025',
      consentPolicy: 'aggregates',
      cases: 1,
      people: 2,
      records: 3,
      identities: false,
    });
    const text = JSON.stringify(audit.rows);
    for (const marker of Object.values(MARKERS)) expect(text).not.toContain(marker);
  });

  it('is never the identifying export, and needs a well-formed purpose', async () => {
    const withIdentities = await statistician.call('POST', '/api/v1/exports', {
      format: 'bundle',
      identities: true,
      reason: 'Quiero ver los nombres de las personas',
      purpose: 'anuario_2025',
    });
    expect(withIdentities.status).toBe(403);
    expect(withIdentities.body.code).toBe('export_identities_not_allowed');
    const withoutPurpose = await statistician.call('POST', '/api/v1/exports', { format: 'bundle' });
    expect(withoutPurpose.status).toBe(400);
    expect(withoutPurpose.body.code).toBe('export_purpose_required');
    const badPurpose = await statistician.call('POST', '/api/v1/exports', {
      format: 'bundle',
      purpose: 'Anuario 2025!',
    });
    expect(badPurpose.status).toBe(400);
    expect(badPurpose.body.detail).toContain(
      'purpose: escriba de 3 a 63 letras minúsculas sin acentos, dígitos y guiones bajos',
    );
    for (const refused of [withIdentities, withoutPurpose, badPurpose])
      for (const marker of Object.values(MARKERS)) expect(JSON.stringify(refused.body)).not.toContain(marker);
  });

  it('is refused to other roles, and leaves the prosecutor’s export as it was', async () => {
    const before = await exported(prosecutor, { format: 'bundle' });
    for (const roles of [['prosecutor'], ['investigator'], ['auditor'], ['supervisor']] as const) {
      const session = await signedIn(bed, bed.puebla, [...roles]);
      const refused = await session.call('POST', '/api/v1/exports', {
        format: 'bundle',
        purpose: 'anuario_2025',
      });
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('export_not_allowed');
    }
    const after = await exported(prosecutor, { format: 'bundle' });
    expect(withoutExportDate(after)).toBe(withoutExportDate(before));
    expect(after).toContain(MARKERS.externalCase);
    expect(after).toContain(MARKERS.reference);
  });

  it('hands its rows to statisticians only, in the database too', async () => {
    const asProsecutor = await withActor(
      bed.database.db,
      { userId: prosecutor.userId, agencyId: bed.puebla, roles: ['prosecutor'] },
      (trx) => sql`SELECT * FROM enlace_statistical_extract(current_date)`.execute(trx),
    );
    expect(asProsecutor.rows).toEqual([]);
    const asStatistician = await withActor(
      bed.database.db,
      { userId: statistician.userId, agencyId: bed.veracruz, roles: ['statistician'] },
      (trx) => sql<{ fields: unknown }>`SELECT * FROM enlace_statistical_extract(current_date)`.execute(trx),
    );
    expect(asStatistician.rows.length).toBeGreaterThan(0);
    const text = JSON.stringify(asStatistician.rows);
    for (const marker of Object.values(MARKERS)) expect(text).not.toContain(marker);
  });
});
