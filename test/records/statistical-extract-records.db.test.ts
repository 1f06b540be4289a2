import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportStatisticalExtract } from '../../src/modules/exchange/statistical-extract/export-statistical-extract.ts';
import {
  extractHeader,
  extractRecordLine,
} from '../../src/modules/exchange/statistical-extract/extract-format.ts';
import { withActor } from '../../src/platform/db/with-actor.ts';
import {
  closeExchangeBeds,
  type ExchangeBed,
  exportedText,
  openExchangeBed,
  type Session,
  signedIn,
} from '../support/exchange-bed.ts';

// Synthetic markers planted in identities and in the free text of legal and protection records: if one
// reaches a statistician's extract, a test fails.
const MARKERS = {
  survivorName: 'Eustolia Marcadorlegal',
  suspectName: 'Fulgencio Marcadorimputado',
  surname: 'Apellidoprotegido',
  curp: 'MAXE900214MPLRRS03',
  suspectCurp: 'MAXF750101HPLRRL03',
  partnerAgency: 'Fiscalía Marcadorbilateral de Guatemala',
  evidence: 'Constancia marcadora firmada ante intérprete',
  reference: 'PUE-2012-4242',
  caseExternal: 'legal-caso-1',
};

const CASE = MARKERS.caseExternal;
const person = (id: string, role: string, extra: Record<string, unknown> = {}) => ({
  type: 'person',
  id,
  case: CASE,
  role,
  ...extra,
});
const record = (type: string, id: string, fields: Record<string, unknown>) => ({
  type,
  id,
  case: CASE,
  ...fields,
});

const BUNDLE = [
  { type: 'enlace-bundle', version: 1 },
  {
    type: 'case',
    id: CASE,
    reference: MARKERS.reference,
    stateCode: 'PUE',
    status: 'trial',
    openedOn: '2012-03-01',
  },
  person('legal-sobreviviente', 'survivor', {
    sex: 'female',
    birthYear: 1990,
    nationality: 'HN',
    identity: { givenNames: MARKERS.survivorName, firstSurname: MARKERS.surname, curp: MARKERS.curp },
  }),
  // Consent for services only: none of her records may be in a record-level extract.
  person('legal-sin-consentimiento', 'survivor', { birthYear: 1981, nationality: 'SV' }),
  // Consent for statistics given, then revoked: out from the day of the revocation.
  person('legal-revocada', 'survivor', { birthYear: 1983, nationality: 'GT' }),
  person('legal-testigo', 'witness', { birthYear: 1970 }),
  person('legal-imputado', 'suspect', {
    sex: 'male',
    identity: { givenNames: MARKERS.suspectName, firstSurname: MARKERS.surname, curp: MARKERS.suspectCurp },
  }),
  record('legalProceeding', 'legal-carpeta', {
    investigationOpenedOn: '2012-03-05',
    prosecutionInitiatedOn: '2012-08-10',
  }),
  record('charge', 'legal-cargo', {
    proceeding: 'legal-carpeta',
    person: 'legal-imputado',
    lawArticle: '21',
    form: 'labour_exploitation',
    chargedOn: '2012-08-10',
  }),
  record('verdict', 'legal-sentencia', {
    charge: 'legal-cargo',
    outcome: 'conviction',
    decidedOn: '2013-05-15',
    prisonYears: 15,
    prisonMonths: 3,
    fineMxn: 50000.25,
  }),
  record('appeal', 'legal-apelacion', {
    verdict: 'legal-sentencia',
    appellant: 'defence',
    filedOn: '2013-06-01',
    result: 'modified',
    decidedOn: '2013-11-20',
  }),
  record('extradition', 'legal-extradicion', {
    person: 'legal-imputado',
    direction: 'outgoing',
    countryCode: 'US',
    requestedOn: '2012-04-01',
    status: 'granted',
    decidedOn: '2012-10-01',
    surrenderedOn: '2012-11-15',
  }),
  record('bilateralInvestigation', 'legal-bilateral', {
    countryCode: 'GT',
    partnerAgency: MARKERS.partnerAgency,
    startedOn: '2012-04-15',
  }),
  record('protectionMeasure', 'legal-visa', {
    person: 'legal-sobreviviente',
    kind: 'immigration_relief',
    relief: 'humanitarian_visa',
    status: 'granted',
    requestedOn: '2012-03-10',
    resolvedOn: '2012-05-02',
  }),
  record('protectionMeasure', 'legal-reparacion', {
    person: 'legal-sobreviviente',
    kind: 'compensation',
    status: 'ordered',
    requestedOn: '2013-05-15',
    amountOrderedMxn: 90000,
    amountPaidMxn: 45000.5,
  }),
  record('protectionMeasure', 'legal-no-sancion', {
    person: 'legal-sin-consentimiento',
    kind: 'non_punishment',
    status: 'requested',
    requestedOn: '2012-03-20',
  }),
  record('protectionMeasure', 'legal-repatriacion-revocada', {
    person: 'legal-revocada',
    kind: 'repatriation',
    status: 'requested',
    requestedOn: '2012-03-21',
  }),
  record('protectionMeasure', 'legal-testigo-protegido', {
    person: 'legal-testigo',
    kind: 'witness_protection',
    witnessMeasure: 'identity_reserved',
    status: 'granted',
    requestedOn: '2012-06-01',
    resolvedOn: '2012-06-15',
  }),
  record('testimonyDecision', 'legal-testimonio', {
    person: 'legal-sobreviviente',
    decision: 'will_testify',
    voluntary: true,
    decidedOn: '2012-04-02',
  }),
  record('testimonyDecision', 'legal-testimonio-sin-consentimiento', {
    person: 'legal-sin-consentimiento',
    decision: 'declines_to_testify',
    voluntary: true,
    decidedOn: '2012-04-03',
  }),
  record('consent', 'legal-consentimiento', {
    person: 'legal-sobreviviente',
    scopes: ['services', 'statistics'],
    recipientAgencyTypes: ['shelter'],
    recipientAgencyCodes: ['INM'],
    givenOn: '2012-03-02',
    evidenceNote: MARKERS.evidence,
  }),
  record('consent', 'legal-consentimiento-servicios', {
    person: 'legal-sin-consentimiento',
    scopes: ['services'],
    recipientAgencyTypes: ['shelter'],
    givenOn: '2012-03-02',
    evidenceNote: MARKERS.evidence,
  }),
  record('consent', 'legal-consentimiento-revocado', {
    person: 'legal-revocada',
    scopes: ['statistics'],
    givenOn: '2012-03-02',
    revokedOn: '2013-01-10',
  }),
  record('consent', 'legal-consentimiento-testigo', {
    person: 'legal-testigo',
    scopes: ['statistics'],
    givenOn: '2012-06-01',
  }),
];

type Line = { type: string; id: string; case?: string; person?: string } & Record<string, unknown>;

let bed: ExchangeBed;
let importer: Session;
let statistician: Session;

const exported = (session: Session, body: unknown) => exportedText(bed, session, body);
const extract = async (): Promise<{ header: unknown; lines: Line[]; text: string }> => {
  const text = await exported(statistician, { format: 'bundle', purpose: 'estudio_justicia' });
  const [header, ...lines] = text
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line));
  return { header, lines, text };
};
/** A line without its pseudonyms, whose random characters could look like anything. */
const valuesOf = (lines: Line[]) =>
  lines.map(
    ({ id: _id, case: _case, person: _person, proceeding: _p, charge: _c, verdict: _v, ...rest }) => rest,
  );
const ofType = (lines: Line[], type: string) => lines.filter((line) => line.type === type);
const only = (lines: Line[], type: string): Line => {
  const found = ofType(lines, type);
  expect(found, type).toHaveLength(1);
  return found[0] as Line;
};

/** Every internal id the case's records and their recorders have: none may leave the database. */
async function internalIds(): Promise<string[]> {
  const { rows } = await bed.database.owner.query(
    `SELECT id::text FROM cases UNION ALL SELECT id::text FROM people
     UNION ALL SELECT id::text FROM legal_proceedings UNION ALL SELECT id::text FROM charges
     UNION ALL SELECT id::text FROM verdicts UNION ALL SELECT id::text FROM appeals
     UNION ALL SELECT id::text FROM extradition_requests UNION ALL SELECT id::text FROM bilateral_investigations
     UNION ALL SELECT id::text FROM protection_measures UNION ALL SELECT id::text FROM testimony_decisions
     UNION ALL SELECT id::text FROM consents UNION ALL SELECT id::text FROM users
     UNION ALL SELECT id::text FROM agencies`,
  );
  return rows.map((row) => row.id);
}

beforeAll(async () => {
  bed = await openExchangeBed();
  importer = await signedIn(bed, bed.puebla, ['prosecutor']);
  const imported = await importer.call(
    'POST',
    '/api/v1/imports',
    `${BUNDLE.map((line) => JSON.stringify(line)).join('\n')}\n`,
    { 'content-type': 'application/x-ndjson' },
  );
  expect(imported.status, JSON.stringify(imported.body)).toBe(200);
  statistician = await signedIn(bed, bed.veracruz, ['statistician']);
});
afterAll(() => closeExchangeBeds([bed]));

describe("the statistician's extract of the legal track, protection and consent", () => {
  it('gives every legal-track record, linked to its case, suspect and parent records, dates as years', async () => {
    const { lines } = await extract();
    const caseLine = only(lines, 'case');
    const suspect = ofType(lines, 'person').find((line) => line.role === 'suspect') as Line;
    const proceeding = only(lines, 'legalProceeding');
    expect(proceeding).toEqual({
      type: 'legalProceeding',
      id: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
      case: caseLine.id,
      agencyCode: 'FGE-PUE',
      investigationOpenedYear: 2012,
      prosecutionInitiatedYear: 2012,
    });
    const charge = only(lines, 'charge');
    expect(charge).toEqual({
      type: 'charge',
      id: expect.any(String),
      case: caseLine.id,
      person: suspect.id,
      proceeding: proceeding.id,
      lawArticle: '21',
      form: 'labour_exploitation',
      chargedYear: 2012,
    });
    const verdict = only(lines, 'verdict');
    expect(verdict).toEqual({
      type: 'verdict',
      id: expect.any(String),
      case: caseLine.id,
      person: suspect.id,
      charge: charge.id,
      outcome: 'conviction',
      decidedYear: 2013,
      prisonYears: 15,
      prisonMonths: 3,
      fineMxn: 50000.25,
    });
    expect(only(lines, 'appeal')).toEqual({
      type: 'appeal',
      id: expect.any(String),
      case: caseLine.id,
      person: suspect.id,
      verdict: verdict.id,
      appellant: 'defence',
      filedYear: 2013,
      result: 'modified',
      decidedYear: 2013,
    });
    expect(only(lines, 'extradition')).toEqual({
      type: 'extradition',
      id: expect.any(String),
      case: caseLine.id,
      person: suspect.id,
      direction: 'outgoing',
      countryCode: 'US',
      requestedYear: 2012,
      status: 'granted',
      decidedYear: 2012,
      surrenderedYear: 2012,
    });
    expect(only(lines, 'bilateralInvestigation')).toEqual({
      type: 'bilateralInvestigation',
      id: expect.any(String),
      case: caseLine.id,
      countryCode: 'GT',
      startedYear: 2012,
    });
  });

  it('gives protection, testimony and consent records of people who consented to statistics', async () => {
    const { lines } = await extract();
    const caseLine = only(lines, 'case');
    const people = ofType(lines, 'person');
    const survivor = people.find((line) => line.role === 'survivor') as Line;
    const witness = people.find((line) => line.role === 'witness') as Line;
    expect(survivor).toMatchObject({ birthYear: 1990, nationality: 'HN' });
    const measures = ofType(lines, 'protectionMeasure');
    expect(measures).toHaveLength(3);
    const measure = (kind: string) => measures.find((line) => line.kind === kind);
    expect(measure('immigration_relief')).toEqual({
      type: 'protectionMeasure',
      id: expect.any(String),
      case: caseLine.id,
      person: survivor.id,
      kind: 'immigration_relief',
      relief: 'humanitarian_visa',
      status: 'granted',
      requestedYear: 2012,
      resolvedYear: 2012,
    });
    expect(measure('compensation')).toEqual({
      type: 'protectionMeasure',
      id: expect.any(String),
      case: caseLine.id,
      person: survivor.id,
      kind: 'compensation',
      status: 'ordered',
      requestedYear: 2013,
      amountOrderedMxn: 90000,
      amountPaidMxn: 45000.5,
    });
    expect(measure('witness_protection')).toMatchObject({
      person: witness.id,
      witnessMeasure: 'identity_reserved',
      status: 'granted',
    });
    expect(only(lines, 'testimonyDecision')).toEqual({
      type: 'testimonyDecision',
      id: expect.any(String),
      case: caseLine.id,
      person: survivor.id,
      decision: 'will_testify',
      voluntary: true,
      decidedYear: 2012,
      informedByAgencyCode: 'FGE-PUE',
    });
    const consents = ofType(lines, 'consent');
    expect(consents).toHaveLength(2);
    expect(consents.find((line) => line.person === survivor.id)).toEqual({
      type: 'consent',
      id: expect.any(String),
      case: caseLine.id,
      person: survivor.id,
      scopes: ['services', 'statistics'],
      recipientAgencyTypes: ['shelter'],
      recipientAgencyCodes: ['INM'],
      givenYear: 2012,
    });
    expect(consents.find((line) => line.person === witness.id)).toMatchObject({ scopes: ['statistics'] });
  });

  it('leaves out every record of survivors without consent for statistics in force, revoked included', async () => {
    const { lines, text } = await extract();
    expect(ofType(lines, 'person').map((line) => line.role)).toEqual(
      expect.arrayContaining(['survivor', 'witness', 'suspect']),
    );
    expect(ofType(lines, 'person')).toHaveLength(3);
    expect(JSON.stringify(valuesOf(lines))).not.toMatch(/1981|1983|"SV"/);
    for (const absent of ['non_punishment', 'repatriation', 'declines_to_testify'])
      expect(text).not.toContain(absent);
    const people = new Set(ofType(lines, 'person').map((line) => line.id));
    for (const line of lines.filter((candidate) => candidate.person))
      expect(people.has(line.person as string), line.type).toBe(true);
  });

  it('keeps the same lines under either consent policy: an extract is never an anonymous total', async () => {
    const caller = {
      userId: statistician.userId,
      agencyId: bed.veracruz,
      roles: ['statistician' as const],
      requestId: 'prueba-politica',
    };
    const deps = { db: bed.database.db, keyRing: bed.server.keyRing };
    const underPolicy = async (policy: 'aggregates' | 'consent_required') =>
      (
        await exportStatisticalExtract(deps, caller, {
          format: 'bundle',
          purpose: 'estudio_justicia',
          policy,
        })
      )
        .trimEnd()
        .split('\n')
        .slice(1);
    const required = await underPolicy('consent_required');
    expect(required).toEqual(await underPolicy('aggregates'));
    expect(required.map((line) => JSON.parse(line).type)).toContain('testimonyDecision');
    expect(required.join('\n')).not.toContain('declines_to_testify');
  });

  it('holds no identifying marker, free text, full date, internal id or unlisted field', async () => {
    const { header, lines, text } = await extract();
    for (const marker of Object.values(MARKERS)) expect(text).not.toContain(marker);
    for (const fragment of [
      'Marcador',
      'Eustolia',
      'Fulgencio',
      'partnerAgency',
      'evidenceNote',
      'informedBy"',
    ])
      expect(text).not.toContain(fragment);
    expect(JSON.stringify(valuesOf(lines))).not.toMatch(/\d{4}-\d{2}/);
    for (const id of await internalIds()) expect(text).not.toContain(id);
    expect(extractHeader.safeParse(header).success).toBe(true);
    for (const line of lines) {
      const parsed = extractRecordLine.safeParse(line);
      expect(parsed.success, `${line.type}: ${parsed.error?.message}`).toBe(true);
    }
    const csv = await exported(statistician, { format: 'htcds-csv', purpose: 'estudio_justicia' });
    for (const marker of Object.values(MARKERS)) expect(csv).not.toContain(marker);
    expect(csv.trimEnd().split('\n')).toHaveLength(1 + 3);
  });

  it('counts the new records in the extract’s audit entry, without a value', async () => {
    await extract();
    const { rows } = await bed.database.owner.query(
      "SELECT details FROM audit_entries WHERE action = 'case.export' AND details ->> 'deidentified' = 'true' ORDER BY id DESC LIMIT 1",
    );
    // Charge, verdict, appeal, extradition, bilateral, proceeding, 3 measures, 1 testimony, 2 consents.
    expect(rows[0].details).toMatchObject({ cases: 1, people: 3, records: 12, purpose: 'estudio_justicia' });
    for (const marker of Object.values(MARKERS)) expect(JSON.stringify(rows)).not.toContain(marker);
  });

  it('is refused to every other role, and the function hands them no record of any kind', async () => {
    for (const [agencyId, roles] of [
      [bed.puebla, ['prosecutor']],
      [bed.puebla, ['supervisor']],
      [bed.veracruz, ['prosecutor']],
      [bed.veracruz, ['auditor']],
    ] as const) {
      const session = await signedIn(bed, agencyId, [...roles]);
      const refused = await session.call('POST', '/api/v1/exports', {
        format: 'bundle',
        purpose: 'estudio_justicia',
      });
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('export_not_allowed');
      const direct = await withActor(
        bed.database.db,
        { userId: session.userId, agencyId, roles: [...roles] },
        (trx) => sql`SELECT * FROM enlace_statistical_extract(current_date)`.execute(trx),
      );
      expect(direct.rows).toEqual([]);
    }
    const otherAgency = await signedIn(bed, bed.veracruz, ['prosecutor']);
    const ownExport = await exported(otherAgency, { format: 'bundle' });
    expect(ownExport).not.toContain('legalProceeding');
    expect(ownExport).not.toContain(MARKERS.caseExternal);
  });

  it('hands the statistician raw rows of every kind only inside the database, never free text', async () => {
    const { rows } = await withActor(
      bed.database.db,
      { userId: statistician.userId, agencyId: bed.veracruz, roles: ['statistician'] },
      (trx) =>
        sql<{
          line_type: string;
        }>`SELECT line_type, fields FROM enlace_statistical_extract(current_date)`.execute(trx),
    );
    expect(new Set(rows.map((row) => row.line_type))).toEqual(
      new Set([
        'case',
        'person',
        'legalProceeding',
        'charge',
        'verdict',
        'appeal',
        'extradition',
        'bilateralInvestigation',
        'protectionMeasure',
        'testimonyDecision',
        'consent',
      ]),
    );
    const text = JSON.stringify(rows);
    for (const marker of Object.values(MARKERS)) expect(text).not.toContain(marker);
  });
});
