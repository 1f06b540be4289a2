import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closeExchangeBeds,
  count,
  type ExchangeBed,
  openExchangeBed,
  type Session,
  signedIn,
} from '../support/exchange-bed.ts';

// Synthetic markers: if one reaches a table in clear text, or an export without identities, a test fails.
const MARKER_PLACE = 'Bodegaprivada Marcador 77';
const MARKER_EVIDENCE = 'Constanciaprivada marcador firmada';
const MARKER_INSTITUTION = 'Policía municipal de Marcadorpriv';

let first: ExchangeBed;
let second: ExchangeBed;

const HEADER = { type: 'enlace-bundle', version: 1 };
const lines = (...records: unknown[]) =>
  `${[HEADER, ...records].map((record) => JSON.stringify(record)).join('\n')}\n`;
const importText = (session: Session, text: string) =>
  session.call('POST', '/api/v1/imports', text, { 'content-type': 'application/x-ndjson' });

const CASE = { type: 'case', id: 'exp-001', stateCode: 'CHP', status: 'prosecution', openedOn: '2012-05-02' };
const SURVIVOR = {
  type: 'person',
  id: 'sobreviviente-1',
  case: 'exp-001',
  role: 'survivor',
  nationality: 'GT',
};
const SUSPECT = { type: 'person', id: 'imputado-1', case: 'exp-001', role: 'suspect', sex: 'male' };
const WITNESS = { type: 'person', id: 'testigo-1', case: 'exp-001', role: 'witness' };

/** One record of every kind the bundle carries, each with most of its fields set. */
const RECORDS = {
  exploitation: {
    type: 'exploitation',
    id: 'explotacion-1',
    case: 'exp-001',
    person: 'sobreviviente-1',
    forms: ['sexual_exploitation', 'forced_labour'],
    sector: 'I',
    recruitment: { countryCode: 'GT', date: '2011-11' },
    transit: { countryCode: 'MX', stateCode: 'CHP', date: '2011-12' },
    exploitation: {
      countryCode: 'MX',
      stateCode: 'CHP',
      municipality: 'Tapachula',
      details: MARKER_PLACE,
      date: '2012-01',
      endDate: '2012-04-20',
    },
    methodsOfControl: ['debt_bondage', 'withholds_documents'],
    recruitmentMethods: ['labour_recruiter'],
    relationship: 'stranger',
    routeCountries: ['GT', 'MX'],
  },
  suspectRole: {
    type: 'suspectRole',
    id: 'rol-1',
    case: 'exp-001',
    person: 'imputado-1',
    processRoles: ['recruiter', 'exploiter'],
    publicOfficial: true,
    officialInstitution: MARKER_INSTITUTION,
    organisedCrime: true,
  },
  legalProceeding: {
    type: 'legalProceeding',
    id: 'carpeta-inv-1',
    case: 'exp-001',
    investigationOpenedOn: '2012-05-02',
    prosecutionInitiatedOn: '2012-09-14',
  },
  charge: {
    type: 'charge',
    id: 'cargo-1',
    case: 'exp-001',
    proceeding: 'carpeta-inv-1',
    person: 'imputado-1',
    lawArticle: '13',
    form: 'sexual_exploitation',
    chargedOn: '2012-09-14',
  },
  verdict: {
    type: 'verdict',
    id: 'sentencia-1',
    case: 'exp-001',
    charge: 'cargo-1',
    outcome: 'conviction',
    decidedOn: '2013-06-30',
    prisonYears: 18,
    prisonMonths: 6,
    fineMxn: 125000.5,
  },
  appeal: {
    type: 'appeal',
    id: 'apelacion-1',
    case: 'exp-001',
    verdict: 'sentencia-1',
    appellant: 'defence',
    filedOn: '2013-07-10',
    result: 'upheld',
    decidedOn: '2013-12-02',
  },
  extradition: {
    type: 'extradition',
    id: 'extradicion-1',
    case: 'exp-001',
    person: 'imputado-1',
    direction: 'incoming',
    countryCode: 'GT',
    requestedOn: '2014-02-01',
    status: 'granted',
    decidedOn: '2014-08-01',
    surrenderedOn: '2014-09-15',
  },
  bilateralInvestigation: {
    type: 'bilateralInvestigation',
    id: 'bilateral-1',
    case: 'exp-001',
    countryCode: 'GT',
    partnerAgency: 'Ministerio Público de Guatemala',
    startedOn: '2012-06-01',
    endedOn: '2013-01-31',
  },
  protectionMeasure: {
    type: 'protectionMeasure',
    id: 'medida-1',
    case: 'exp-001',
    person: 'sobreviviente-1',
    kind: 'immigration_relief',
    relief: 'humanitarian_visa',
    status: 'granted',
    requestedOn: '2012-05-10',
    resolvedOn: '2012-06-20',
  },
  compensation: {
    type: 'protectionMeasure',
    id: 'medida-2',
    case: 'exp-001',
    person: 'sobreviviente-1',
    kind: 'compensation',
    status: 'paid',
    requestedOn: '2013-06-30',
    resolvedOn: '2014-01-15',
    amountOrderedMxn: 80000,
    amountPaidMxn: 80000,
  },
  testimonyDecision: {
    type: 'testimonyDecision',
    id: 'testimonio-1',
    case: 'exp-001',
    person: 'sobreviviente-1',
    decision: 'will_testify',
    voluntary: true,
    decidedOn: '2012-05-20',
  },
  consent: {
    type: 'consent',
    id: 'consentimiento-1',
    case: 'exp-001',
    person: 'sobreviviente-1',
    scopes: ['services', 'statistics'],
    recipientAgencyTypes: ['shelter'],
    recipientAgencyCodes: ['INM'],
    givenOn: '2012-05-03',
    evidenceNote: MARKER_EVIDENCE,
    revokedOn: '2013-02-01',
  },
};

const FULL = lines(CASE, SURVIVOR, SUSPECT, WITNESS, ...Object.values(RECORDS));
const RECORD_COUNT = Object.keys(RECORDS).length;

const RECORD_TABLES = [
  'exploitations',
  'suspect_roles',
  'legal_proceedings',
  'charges',
  'verdicts',
  'appeals',
  'extradition_requests',
  'bilateral_investigations',
  'protection_measures',
  'testimony_decisions',
  'consents',
];
const recordCounts = async (bed: ExchangeBed) =>
  Object.fromEntries(await Promise.all(RECORD_TABLES.map(async (table) => [table, await count(bed, table)])));

const IDENTITIES = { format: 'bundle', identities: true, reason: 'Migración a otra instalación de Enlace' };
async function exportLines(bed: ExchangeBed, session: Session, body: unknown): Promise<string[]> {
  const response = await fetch(`${bed.server.baseUrl}/api/v1/exports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: session.cookie() ?? '' },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
  return (await response.text()).trimEnd().split('\n');
}
const typesOf = (exported: string[]) => exported.slice(1).map((line) => JSON.parse(line).type as string);

beforeAll(async () => {
  first = await openExchangeBed();
  second = await openExchangeBed();
});
afterAll(() => closeExchangeBeds([first, second]));

describe('a bundle with every kind of case record', () => {
  it('imports each record through its module, with history, audit and encrypted free text', async () => {
    const prosecutor = await signedIn(first, first.puebla, ['prosecutor']);
    const imported = await importText(prosecutor, FULL);
    expect(imported.status).toBe(200);
    expect(imported.body).toEqual({
      created: { cases: 1, people: 3, records: RECORD_COUNT },
      unchanged: { cases: 0, people: 0, records: 0 },
    });
    expect((Object.values(await recordCounts(first)) as number[]).every((n) => n >= 1)).toBe(true);
    expect(await count(first, 'protection_measures')).toBe(2);
    expect(await count(first, "consents WHERE revoked_on = '2013-02-01'")).toBe(1);
    const audited = await first.database.owner.query(
      "SELECT DISTINCT action FROM audit_entries WHERE action LIKE '%.create'",
    );
    expect(audited.rows.map((row) => row.action).sort()).toEqual(
      expect.arrayContaining([
        'charge.create',
        'exploitation.create',
        'suspect_role.create',
        'consent.create',
      ]),
    );
    const legal = await prosecutor.call('GET', `/api/v1/cases/${await caseIdOf(first)}/legal-track`);
    expect(legal.status).toBe(200);
    expect(JSON.stringify(legal.body)).toContain('"prisonYears":18');
    const dump = await first.database.owner.query(
      `SELECT row_to_json(e)::text AS row FROM exploitations e
       UNION ALL SELECT row_to_json(c)::text FROM consents c
       UNION ALL SELECT row_to_json(s)::text FROM suspect_roles s`,
    );
    const stored = dump.rows.map((row) => row.row).join('\n');
    for (const marker of [MARKER_PLACE, MARKER_EVIDENCE, MARKER_INSTITUTION])
      expect(stored).not.toContain(marker);
  });

  it('creates nothing when the same file is imported again', async () => {
    const prosecutor = await signedIn(first, first.puebla, ['prosecutor']);
    const before = await recordCounts(first);
    const again = await importText(prosecutor, FULL);
    expect(again.body).toEqual({
      created: { cases: 0, people: 0, records: 0 },
      unchanged: { cases: 1, people: 3, records: RECORD_COUNT },
    });
    expect(await recordCounts(first)).toEqual(before);
  });

  it('adds records to a case imported before, naming its people by their external ids', async () => {
    const prosecutor = await signedIn(first, first.puebla, ['prosecutor']);
    const more = await importText(
      prosecutor,
      lines({
        type: 'protectionMeasure',
        id: 'medida-3',
        case: 'exp-001',
        person: 'testigo-1',
        kind: 'witness_protection',
        witnessMeasure: 'identity_reserved',
        status: 'requested',
        requestedOn: '2012-10-01',
      }),
    );
    expect(more.status).toBe(200);
    expect(more.body.created).toEqual({ cases: 0, people: 0, records: 1 });
  });

  it('round-trips: export → import elsewhere → export gives the same lines', async () => {
    const source = await signedIn(first, first.puebla, ['prosecutor']);
    const exported = await exportLines(first, source, IDENTITIES);
    expect(new Set(typesOf(exported))).toEqual(
      new Set(['case', 'person', ...Object.values(RECORDS).map((record) => record.type)]),
    );
    expect(exported.join('\n')).toContain(MARKER_EVIDENCE);
    const target = await signedIn(second, second.puebla, ['prosecutor']);
    const imported = await importText(target, `${exported.join('\n')}\n`);
    expect(imported.status).toBe(200);
    expect(imported.body.created).toEqual({ cases: 1, people: 3, records: RECORD_COUNT + 1 });
    const again = await exportLines(second, target, IDENTITIES);
    expect(again.slice(1)).toEqual(exported.slice(1));
    const exploitation = exported
      .map((line) => JSON.parse(line))
      .find((line) => line.type === 'exploitation');
    expect(exploitation).toEqual({
      ...RECORDS.exploitation,
      forms: ['sexual_exploitation', 'forced_labour'],
    });
  });

  it('leaves free text that can identify or locate out of an export without identities', async () => {
    const prosecutor = await signedIn(first, first.puebla, ['prosecutor']);
    const plain = (await exportLines(first, prosecutor, { format: 'bundle' })).join('\n');
    expect(plain).toContain('"type":"consent"');
    expect(plain).toContain('"type":"exploitation"');
    for (const marker of [MARKER_PLACE, MARKER_EVIDENCE, 'Tapachula']) expect(plain).not.toContain(marker);
  });
});

describe('refusing bad record lines', () => {
  const bad = async (session: Session, ...records: unknown[]) => {
    const before = { people: await count(first, 'people'), ...(await recordCounts(first)) };
    const response = await importText(session, lines(...records));
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('import_rejected');
    expect({ people: await count(first, 'people'), ...(await recordCounts(first)) }).toEqual(before);
    return response.body.rejects.map((reject: { line: number; field: string }) => [
      reject.line,
      reject.field,
    ]);
  };

  it('names the line and field of what each kind’s contract refuses, and writes nothing', async () => {
    const prosecutor = await signedIn(first, first.puebla, ['prosecutor']);
    const rejects = await bad(
      prosecutor,
      { ...SURVIVOR, id: 'sobreviviente-9' },
      { ...RECORDS.exploitation, id: 'e-9', person: 'sobreviviente-9', forms: ['dancing'] },
      { ...RECORDS.suspectRole, id: 'r-9', publicOfficial: false },
      { ...RECORDS.legalProceeding, id: 'p-9', prosecutionInitiatedOn: '2011-01-01' },
      { ...RECORDS.charge, id: 'c-9', lawArticle: '11' },
      { ...RECORDS.verdict, id: 'v-9', outcome: 'acquittal' },
      { ...RECORDS.appeal, id: 'a-9', decidedOn: '2013-01-01' },
      { ...RECORDS.extradition, id: 'x-9', status: 'denied' },
      { ...RECORDS.bilateralInvestigation, id: 'b-9', countryCode: 'MX' },
      { ...RECORDS.protectionMeasure, id: 'm-9', relief: undefined },
      { ...RECORDS.testimonyDecision, id: 't-9', voluntary: false },
      { ...RECORDS.consent, id: 'k-9', scopes: [] },
      { ...RECORDS.consent, id: 'k-10', personId: '00000000-0000-4000-8000-000000000001' },
    );
    expect(rejects).toEqual(
      expect.arrayContaining([
        [3, 'forms.0'],
        [4, 'publicOfficial'],
        [5, 'prosecutionInitiatedOn'],
        [6, 'form'],
        [7, 'prisonYears'],
        [8, 'decidedOn'],
        [9, 'surrenderedOn'],
        [10, 'countryCode'],
        [11, 'relief'],
        [12, 'voluntary'],
        [13, 'scopes'],
      ]),
    );
    expect(rejects.some(([line]: [number]) => line === 14)).toBe(true);
  });

  it('checks each line of a batch against the lines before it, with history and audit for each', async () => {
    const prosecutor = await signedIn(first, first.puebla, ['prosecutor']);
    const before = await recordCounts(first);
    // A charge and a verdict on it in this file, then a second verdict on the same charge in the same batch.
    const rejects = await bad(
      prosecutor,
      { ...RECORDS.charge, id: 'c-30' },
      { ...RECORDS.verdict, id: 'v-30', charge: 'c-30' },
      { ...RECORDS.verdict, id: 'v-31', charge: 'c-30' },
    );
    expect(rejects).toEqual([[4, 'charge']]);
    expect(await recordCounts(first)).toEqual(before);
    const many = Array.from({ length: 3 }, (_, n) => ({ ...RECORDS.bilateralInvestigation, id: `b-3${n}` }));
    const imported = await importText(prosecutor, lines(...many));
    expect(imported.body.created.records).toBe(3);
    const trail = await first.database.owner.query(
      `SELECT (SELECT count(*)::int FROM record_changes h WHERE h.record_id = k.record_id
                 AND h.change_kind = 'created' AND h.version = 1) AS history,
              (SELECT count(*)::int FROM audit_entries a WHERE a.record_id = k.record_id::text
                 AND a.action = 'bilateral_investigation.create') AS audit
       FROM import_keys k WHERE k.external_id IN ('b-30', 'b-31', 'b-32')`,
    );
    expect(trail.rows).toEqual(Array.from({ length: 3 }, () => ({ history: 1, audit: 1 })));
  });

  it('writes exploitation and suspect-role lines in batches, each checked against those before it', async () => {
    const prosecutor = await signedIn(first, first.puebla, ['prosecutor']);
    const suspects = ['imputado-50', 'imputado-51'].map((id) => ({ ...SUSPECT, id }));
    const roles = suspects.map(({ id }, n) => ({ ...RECORDS.suspectRole, id: `r-5${n}`, person: id }));
    const exploitations = Array.from({ length: 3 }, (_, n) => ({ ...RECORDS.exploitation, id: `e-5${n}` }));
    // A second role for the same suspect in the same batch finds the first one's record.
    const twice = await bad(prosecutor, ...suspects, ...roles, {
      ...RECORDS.suspectRole,
      id: 'r-59',
      person: 'imputado-51',
    });
    expect(twice).toEqual([[6, '']]);

    const imported = await importText(prosecutor, lines(...suspects, ...roles, ...exploitations));
    expect(imported.status).toBe(200);
    expect(imported.body.created).toEqual({ cases: 0, people: 2, records: 5 });
    const trail = await first.database.owner.query(
      `SELECT k.external_id,
              (SELECT count(*)::int FROM record_changes h WHERE h.record_id = k.record_id
                 AND h.change_kind = 'created' AND h.version = 1) AS history,
              (SELECT count(*)::int FROM audit_entries a WHERE a.record_id = k.record_id::text
                 AND a.action IN ('exploitation.create', 'suspect_role.create')) AS audit
       FROM import_keys k WHERE k.external_id IN ('r-50', 'r-51', 'e-50', 'e-51', 'e-52')
       ORDER BY k.external_id`,
    );
    expect(trail.rows).toEqual(
      ['e-50', 'e-51', 'e-52', 'r-50', 'r-51'].map((id) => ({ external_id: id, history: 1, audit: 1 })),
    );
    const again = await importText(prosecutor, lines(...suspects, ...roles, ...exploitations));
    expect(again.body.created).toEqual({ cases: 0, people: 0, records: 0 });
    expect(again.body.unchanged).toEqual({ cases: 0, people: 2, records: 5 });
  });

  it('walls the case off inside a batch of suspect roles, so a later line of it is refused', async () => {
    const prosecutor = await signedIn(first, first.puebla, ['prosecutor']);
    const before = await count(first, 'record_changes');
    // Naming the caller's own institution walls it off the case: the next role on the case is out of reach.
    const rejects = await bad(
      prosecutor,
      { ...SUSPECT, id: 'imputado-60' },
      { ...SUSPECT, id: 'imputado-61' },
      { ...RECORDS.suspectRole, id: 'r-60', person: 'imputado-60', officialAgencyCode: 'FGE-PUE' },
      { ...RECORDS.suspectRole, id: 'r-61', person: 'imputado-61' },
    );
    expect(rejects).toEqual([[5, 'case']]);
    expect(await count(first, 'record_changes')).toBe(before);
  });

  it('refuses what disagrees with the case’s other records, in the caller’s language', async () => {
    const prosecutor = await signedIn(first, first.puebla, ['prosecutor']);
    const rejects = await bad(
      prosecutor,
      { ...RECORDS.exploitation, id: 'e-20', person: 'imputado-1' },
      { ...RECORDS.charge, id: 'c-20', person: 'sobreviviente-1' },
      { ...RECORDS.verdict, id: 'v-20', decidedOn: '2012-01-01', charge: 'cargo-1' },
      { ...RECORDS.testimonyDecision, id: 't-20', person: 'imputado-1' },
      { ...RECORDS.consent, id: 'k-20', recipientAgencyCodes: ['NO-EXISTE'] },
    );
    expect(rejects).toEqual([
      [2, 'person'],
      [3, 'person'],
      [4, 'charge'],
      [5, 'person'],
      [6, 'recipientAgencyCodes'],
    ]);
    // References are resolved first: a file naming records that exist nowhere stops there.
    const unresolved = await bad(
      prosecutor,
      { ...RECORDS.charge, id: 'c-21', proceeding: 'no-existe' },
      { ...RECORDS.consent, id: 'k-21', case: 'otro-caso' },
    );
    expect(unresolved).toEqual([
      [2, 'proceeding'],
      [3, 'case'],
    ]);
    const refused = await importText(
      prosecutor,
      lines({ ...RECORDS.charge, id: 'c-22', person: 'sobreviviente-1' }),
    );
    expect(refused.body.rejects[0].message).toMatch(/^person: /);
    expect(refused.body.detail).toContain('no se importó nada');
  });

  it('keeps prosecutorial acts to prosecutors and the investigation to those who may read it', async () => {
    const investigator = await signedIn(first, first.puebla, ['investigator']);
    const charge = await bad(investigator, { ...RECORDS.charge, id: 'c-30' });
    expect(charge).toEqual([[2, '']]);
    const intake = await signedIn(first, first.puebla, ['intake_officer']);
    const role = await bad(intake, { ...RECORDS.suspectRole, id: 'r-30', person: 'imputado-1' });
    expect(role).toEqual([[2, 'case']]);
  });

  it('never lets another agency add records to cases it cannot change', async () => {
    const outsider = await signedIn(first, first.veracruz, ['prosecutor']);
    const rejects = await bad(outsider, { ...RECORDS.bilateralInvestigation, id: 'b-40' });
    expect(rejects).toEqual([[2, 'case']]);
  });
});

describe('exporting case records across agencies', () => {
  it('gives a statistician of the same agency only the de-identified extract, never its free text', async () => {
    const statistician = await signedIn(first, first.puebla, ['statistician']);
    for (const format of ['bundle', 'htcds-csv']) {
      const refused = await statistician.call('POST', '/api/v1/exports', {
        format,
        identities: true,
        reason: 'Ver los nombres y lugares',
      });
      expect(refused.status).toBe(403);
      const response = await fetch(`${first.server.baseUrl}/api/v1/exports`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: statistician.cookie() ?? '' },
        body: JSON.stringify({ format, purpose: 'anuario_2025' }),
      });
      expect(response.status).toBe(200);
      const text = `${JSON.stringify(refused.body)}${await response.text()}`;
      for (const marker of [
        MARKER_PLACE,
        MARKER_EVIDENCE,
        MARKER_INSTITUTION,
        'sobreviviente-1',
        'exp-001',
        'Tapachula',
      ])
        expect(text).not.toContain(marker);
    }
  });

  it('holds none of another agency’s records', async () => {
    const outsider = await signedIn(first, first.veracruz, ['prosecutor']);
    expect(await exportLines(first, outsider, IDENTITIES)).toHaveLength(1);
  });

  it('leaves out a case the exporting agency was walled off from', async () => {
    const source = await signedIn(first, first.puebla, ['prosecutor']);
    const walled = lines(
      { type: 'case', id: 'exp-muro', stateCode: 'PUE', openedOn: '2013-03-03' },
      { type: 'person', id: 'funcionario-1', case: 'exp-muro', role: 'suspect' },
      {
        type: 'suspectRole',
        id: 'rol-muro',
        case: 'exp-muro',
        person: 'funcionario-1',
        publicOfficial: true,
        officialAgencyCode: 'FGE-PUE',
      },
    );
    expect((await importText(source, walled)).status).toBe(200);
    const exported = (await exportLines(first, source, IDENTITIES)).join('\n');
    expect(exported).not.toContain('exp-muro');
    expect(exported).not.toContain('rol-muro');
    expect(exported).toContain('exp-001');
  });
});

async function caseIdOf(bed: ExchangeBed): Promise<string> {
  const found = await bed.database.owner.query("SELECT id FROM cases WHERE state_code = 'CHP' LIMIT 1");
  return found.rows[0].id as string;
}
