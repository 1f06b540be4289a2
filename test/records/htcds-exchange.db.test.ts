import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  HTCDS_COLUMNS,
  type HtcdsRow,
  IDENTIFYING_COLUMNS,
} from '../../src/modules/exchange/htcds/columns.ts';
import {
  closeExchangeBeds,
  count,
  type ExchangeBed,
  openExchangeBed,
  type Session,
  signedIn,
} from '../support/exchange-bed.ts';

// Synthetic people only.
const MARKER_NAME = 'Eulalia Csvprivada';

let first: ExchangeBed;
let second: ExchangeBed;

const csvOf = (...rows: HtcdsRow[]) => stringify(rows, { header: true, columns: [...HTCDS_COLUMNS] });
const importCsv = (session: Session, text: string) =>
  session.call('POST', '/api/v1/imports', text, { 'content-type': 'text/csv' });

async function exportCsv(
  bed: ExchangeBed,
  session: Session,
  body: Record<string, unknown>,
): Promise<HtcdsRow[]> {
  const response = await fetch(`${bed.server.baseUrl}/api/v1/exports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: session.cookie() ?? '' },
    body: JSON.stringify({ format: 'htcds-csv', ...body }),
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/csv');
  return parse(await response.text(), { columns: true }) as HtcdsRow[];
}

const CASE_COLUMNS = {
  enlace_CaseId: 'expediente-01',
  enlace_CaseReference: 'PUE-2013-0001',
  cas_Status: 'Active',
  enlace_CaseState: 'PUE',
  enlace_CaseMunicipality: 'Tehuacán',
  enlace_CaseOpenedOn: '2013-02-01',
};
const GOOD = csvOf(
  {
    ...CASE_COLUMNS,
    enlace_PersonId: 'victima-01',
    prs_FirstName: MARKER_NAME,
    prs_SecondName: 'Hernández',
    prs_Gender: 'Feminine',
    prs_Citizenship: 'HN',
    prs_MobilePhone: '+522225550199',
    enlace_Sex: 'female',
    enlace_BirthYear: '1998',
    enlace_Needs: 'shelter medical',
  },
  { ...CASE_COLUMNS, enlace_PersonId: 'victima-02', prs_Gender: 'Masculine', enlace_BirthYear: '2003' },
  { ...CASE_COLUMNS, enlace_PersonId: 'tratante-01', enlace_Role: 'suspect', enlace_Sex: 'male' },
);

beforeAll(async () => {
  first = await openExchangeBed();
  second = await openExchangeBed();
});
afterAll(() => closeExchangeBeds([first, second]));

describe('importing an HTCDS CSV', () => {
  it('rejects the whole file for one bad row, naming the row and the HTCDS column', async () => {
    const prosecutor = await signedIn(first, first.puebla, ['prosecutor']);
    const bad = csvOf(
      { ...CASE_COLUMNS, enlace_PersonId: 'victima-01', prs_Gender: 'Feminine' },
      { ...CASE_COLUMNS, enlace_PersonId: 'victima-02', prs_Gender: 'Mujer' },
    );
    const rejected = await importCsv(prosecutor, bad);
    expect(rejected.status).toBe(422);
    expect(rejected.body.code).toBe('import_rejected');
    expect(rejected.body.rejects).toEqual([expect.objectContaining({ line: 3, field: 'prs_Gender' })]);
    expect(JSON.stringify(rejected.body)).not.toContain('Mujer');
    expect({ cases: await count(first, 'cases'), people: await count(first, 'people') }).toEqual({
      cases: 0,
      people: 0,
    });
  });

  it('imports one case and its people, then nothing new from the same file', async () => {
    const prosecutor = await signedIn(first, first.puebla, ['prosecutor']);
    const imported = await importCsv(prosecutor, GOOD);
    expect(imported.status).toBe(200);
    expect(imported.body).toEqual({
      created: { cases: 1, people: 3, records: 0 },
      unchanged: { cases: 0, people: 0, records: 0 },
    });
    const again = await importCsv(prosecutor, GOOD);
    expect(again.body).toEqual({
      created: { cases: 0, people: 0, records: 0 },
      unchanged: { cases: 1, people: 3, records: 0 },
    });
    expect({ cases: await count(first, 'cases'), people: await count(first, 'people') }).toEqual({
      cases: 1,
      people: 3,
    });
    const stored = await first.database.owner.query(
      'SELECT row_to_json(i)::text AS row FROM person_identities i',
    );
    expect(stored.rows.map((row) => row.row).join('\n')).not.toContain('Csvprivada');
  });

  it('names the HTCDS column of rejects found against the database', async () => {
    const investigator = await signedIn(first, first.puebla, ['investigator']);
    const sentenced = await importCsv(
      investigator,
      csvOf({
        ...CASE_COLUMNS,
        enlace_CaseId: 'expediente-02',
        enlace_CaseReference: '',
        enlace_CaseStatus: 'sentenced',
        enlace_PersonId: 'v-9',
      }),
    );
    expect(sentenced.status).toBe(422);
    expect(sentenced.body.rejects).toEqual([
      expect.objectContaining({ line: 2, field: 'enlace_CaseStatus' }),
    ]);
    // Another agency's ids are its own: the same file would be a new case there, whose reference is taken.
    const outsider = await signedIn(first, first.veracruz, ['prosecutor']);
    const taken = await importCsv(outsider, GOOD);
    expect(taken.status).toBe(422);
    expect(taken.body.rejects).toEqual([expect.objectContaining({ line: 2, field: 'enlace_CaseReference' })]);
    expect(await count(first, 'people')).toBe(3);
  });

  it('is refused to roles that do not open cases', async () => {
    for (const role of ['statistician', 'auditor', 'shelter_staff'] as const) {
      const refused = await importCsv(await signedIn(first, first.puebla, [role]), GOOD);
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('import_not_allowed');
    }
  });
});

describe('exporting an HTCDS CSV', () => {
  it('writes one row per person with empty identifying columns unless identities are asked for', async () => {
    const prosecutor = await signedIn(first, first.puebla, ['prosecutor']);
    const plain = await exportCsv(first, prosecutor, {});
    expect(plain.map((row) => row.enlace_PersonId)).toEqual(['tratante-01', 'victima-01', 'victima-02']);
    for (const row of plain) for (const column of IDENTIFYING_COLUMNS) expect(row[column], column).toBe('');
    expect(plain.find((row) => row.enlace_PersonId === 'victima-01')).toMatchObject({
      prs_Gender: 'Feminine',
      prs_Citizenship: 'HN',
      enlace_BirthYear: '1998',
      cas_Status: 'Active',
    });
    const full = await exportCsv(first, prosecutor, {
      identities: true,
      reason: 'Entrega a la fiscalía federal',
    });
    expect(full.find((row) => row.enlace_PersonId === 'victima-01')).toMatchObject({
      prs_FirstName: MARKER_NAME,
      prs_MobilePhone: '+522225550199',
    });
    const audit = await first.database.owner.query(
      "SELECT details FROM audit_entries WHERE action = 'case.export' ORDER BY id",
    );
    expect(audit.rows.map((row) => [row.details.format, row.details.identities])).toEqual([
      ['htcds-csv', false],
      ['htcds-csv', true],
    ]);
  });

  it('holds only the agency’s own cases and is refused to roles that may not export', async () => {
    const outsider = await signedIn(first, first.veracruz, ['prosecutor']);
    const theirs = await exportCsv(first, outsider, {});
    expect(theirs.map((row) => row.enlace_CaseId)).not.toContain('expediente-01');
    for (const [role, status, code] of [
      ['investigator', 403, 'export_not_allowed'],
      // A statistician's export is the de-identified extract, which names its purpose.
      ['statistician', 400, 'export_purpose_required'],
    ] as const) {
      const refused = await (await signedIn(first, first.puebla, [role])).call('POST', '/api/v1/exports', {
        format: 'htcds-csv',
      });
      expect(refused.status).toBe(status);
      expect(refused.body.code).toBe(code);
    }
  });

  it('round-trips: export → import elsewhere → export gives the same rows', async () => {
    const body = { identities: true, reason: 'Migración a otra instalación de Enlace' };
    const exported = await exportCsv(first, await signedIn(first, first.puebla, ['prosecutor']), body);
    const target = await signedIn(second, second.puebla, ['prosecutor']);
    const imported = await importCsv(target, csvOf(...exported));
    expect(imported.status).toBe(200);
    expect(imported.body.created).toEqual({ cases: 1, people: 3, records: 0 });
    expect(await exportCsv(second, target, body)).toEqual(exported);
  });
});

describe('exploitation and suspect roles in an HTCDS CSV', () => {
  const CASE_TWO = { ...CASE_COLUMNS, enlace_CaseId: 'expediente-02', enlace_CaseReference: 'PUE-2013-0002' };
  const RECORDS_CSV = csvOf(
    {
      ...CASE_TWO,
      enlace_PersonId: 'victima-21',
      prs_Citizenship: 'SV',
      vic_TypeOfExploitation: 'SexualExploitation ForcedBegging',
      vic_ForcedLabourIndustry: 'I_AccommodationAndFoodServiceActivities',
      vic_MethodsOfControl: 'DebtBondage WithholdsDocuments',
      vic_MethodOfRecruitment: 'ThroughOnlineSocialNetworks',
      vic_RelationshipToTrafficker: 'Acquainted',
    },
    {
      ...CASE_TWO,
      enlace_PersonId: 'tratante-21',
      enlace_Role: 'suspect',
      enlace_PublicOfficial: 'true',
      per_RoleInProcess: 'RecruiterOrIntermediary Exploiter',
    },
  );
  const rowsOf = (rows: HtcdsRow[]) => rows.filter((row) => row.enlace_CaseId === 'expediente-02');

  it('imports the vic_ and per_ columns as exploitation and suspect-role records, once', async () => {
    const prosecutor = await signedIn(first, first.puebla, ['prosecutor']);
    const imported = await importCsv(prosecutor, RECORDS_CSV);
    expect(imported.status).toBe(200);
    expect(imported.body.created).toEqual({ cases: 1, people: 2, records: 2 });
    expect(await count(first, "exploitations WHERE forms = '{sexual_exploitation,forced_begging}'")).toBe(1);
    expect(await count(first, "suspect_roles WHERE process_roles = '{recruiter,exploiter}'")).toBe(1);
    const again = await importCsv(prosecutor, RECORDS_CSV);
    expect(again.body.created).toEqual({ cases: 0, people: 0, records: 0 });
  });

  it('refuses a form HTCDS has and Enlace does not, and an exploitation of a suspect, writing nothing', async () => {
    const prosecutor = await signedIn(first, first.puebla, ['prosecutor']);
    const before = await count(first, 'exploitations');
    const surrogacy = await importCsv(
      prosecutor,
      csvOf({
        ...CASE_COLUMNS,
        enlace_CaseId: 'expediente-03',
        enlace_CaseReference: '',
        enlace_PersonId: 'v-31',
        vic_TypeOfExploitation: 'Surrogacy',
      }),
    );
    expect(surrogacy.status).toBe(422);
    expect(surrogacy.body.rejects).toEqual([
      expect.objectContaining({ line: 2, field: 'vic_TypeOfExploitation' }),
    ]);
    const suspect = await importCsv(
      prosecutor,
      csvOf({
        ...CASE_COLUMNS,
        enlace_CaseId: 'expediente-04',
        enlace_CaseReference: '',
        enlace_PersonId: 't-41',
        enlace_Role: 'suspect',
        vic_TypeOfExploitation: 'ForcedLabour',
      }),
    );
    expect(suspect.status).toBe(422);
    expect(suspect.body.rejects).toEqual([expect.objectContaining({ line: 2, field: 'enlace_PersonId' })]);
    expect(await count(first, 'exploitations')).toBe(before);
    expect(await count(first, "cases WHERE reference LIKE 'ENL-%'")).toBe(0);
  });

  it('round-trips the records through export → import elsewhere → export', async () => {
    const body = { identities: true, reason: 'Migración a otra instalación de Enlace' };
    const exported = rowsOf(
      await exportCsv(first, await signedIn(first, first.puebla, ['prosecutor']), body),
    );
    expect(exported.find((row) => row.enlace_PersonId === 'victima-21')).toMatchObject({
      vic_TypeOfExploitation: 'SexualExploitation ForcedBegging',
      vic_ForcedLabourIndustry: 'I_AccommodationAndFoodServiceActivities',
    });
    expect(exported.find((row) => row.enlace_PersonId === 'tratante-21')?.per_RoleInProcess).toBe(
      'RecruiterOrIntermediary Exploiter',
    );
    const target = await signedIn(second, second.puebla, ['prosecutor']);
    const imported = await importCsv(target, csvOf(...exported));
    expect(imported.body.created).toEqual({ cases: 1, people: 2, records: 2 });
    expect(rowsOf(await exportCsv(second, target, body))).toEqual(exported);
  });
});
