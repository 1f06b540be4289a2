import { readFileSync } from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../../platform/i18n/translate.ts';
import { CASE_STATUSES, GENDERS } from '../../cases/schema.ts';
import { type BundleCase, type BundlePerson, bundleCase, bundlePerson } from '../bundle-format.ts';
import type { RecordLine } from '../record-lines.ts';
import {
  CASE_STATUS_FROM_HTCDS,
  GENDER_TO_HTCDS,
  HTCDS_COLUMNS,
  type HtcdsRow,
  IDENTIFYING_COLUMNS,
} from './columns.ts';
import { readHtcdsCsv } from './read-htcds-csv.ts';
import { recordsToRow } from './records-to-row.ts';
import { rowToRecords } from './row-to-records.ts';

const en = translatorFor('en');
const mappingDoc = readFileSync(
  new URL('../../../../docs/formats/htcds-mapping.md', import.meta.url),
  'utf8',
);

const CASE: BundleCase = bundleCase.parse({
  type: 'case',
  id: 'carpeta-001',
  reference: 'PUE-2012-0001',
  stateCode: 'PUE',
  municipality: 'Tehuacán',
  status: 'investigation',
  openedOn: '2012-03-01',
});
const PERSON: BundlePerson = bundlePerson.parse({
  type: 'person',
  id: 'persona-001',
  case: 'carpeta-001',
  role: 'survivor',
  sex: 'female',
  gender: 'transgender_feminine',
  birthYear: 1996,
  nationality: 'GT',
  indigenousLanguage: 'Mam',
  hasDisability: true,
  disabilities: ['hearing', 'mobility'],
  needs: ['shelter', 'legal'],
  identity: {
    givenNames: 'Ana María',
    firstSurname: 'López',
    secondSurname: 'de la Cruz',
    birthDate: '1996-05',
  },
  documents: [{ kind: 'passport', issuingCountry: 'GT', number: 'GT99887766' }],
  contacts: [
    { email: 'ana@example.org' },
    { phone: '+52 222 555 0142', address: 'Calle 5 de Mayo 10, Puebla' },
  ],
});

const csvOf = (...rows: HtcdsRow[]) => stringify(rows, { header: true, columns: [...HTCDS_COLUMNS] });
const bareRow = (row: HtcdsRow): HtcdsRow => ({
  enlace_CaseId: 'c-1',
  enlace_CaseState: 'PUE',
  enlace_CaseOpenedOn: '2012-03-01',
  enlace_PersonId: 'p-1',
  ...row,
});

describe('Enlace → HTCDS row', () => {
  const row = recordsToRow(CASE, PERSON);

  it('fills the HTCDS columns as the mapping doc says', () => {
    expect(row).toMatchObject({
      cas_Status: 'Active',
      prs_FirstName: 'Ana María',
      prs_SecondName: 'López de la Cruz',
      prs_Birthdate: '',
      enlace_Birthdate: '1996-05',
      prs_Gender: 'TransgenderFeminine',
      prs_Citizenship: 'GT',
      prs_MobilePhone: '+522225550142',
      prs_Email: 'ana@example.org',
      prs_MailingStreet: 'Calle 5 de Mayo 10, Puebla',
      enlace_Disabilities: 'hearing mobility',
      enlace_Needs: 'shelter legal',
      enlace_PublicOfficial: 'false',
    });
  });

  it('gives prs_Birthdate only a complete date', () => {
    const complete = { ...PERSON, identity: { givenNames: 'Ana', birthDate: '1996-05-14' } };
    expect(recordsToRow(CASE, complete)).toMatchObject({
      prs_Birthdate: '1996-05-14',
      enlace_Birthdate: '1996-05-14',
    });
  });

  it('leaves every identifying column empty when the export left identities out', () => {
    const plain = recordsToRow(CASE, { ...PERSON, identity: undefined, documents: [], contacts: [] });
    for (const column of IDENTIFYING_COLUMNS) expect(plain[column] ?? '', column).toBe('');
    expect(plain.enlace_BirthYear).toBe('1996');
  });

  it.each(CASE_STATUSES)(
    'writes the case status %s as cas_Status, keeping it in enlace_CaseStatus',
    (status) => {
      const written = recordsToRow({ ...CASE, status }, PERSON);
      expect(written.cas_Status).toBe(status === 'closed' ? 'Closed' : 'Active');
      expect(written.enlace_CaseStatus).toBe(status);
    },
  );

  it('maps gender as table G of the doc, one to one', () => {
    for (const gender of GENDERS) {
      expect(mappingDoc).toMatch(
        new RegExp(`\\| \`${gender}\` \\| [^|]+ \\| \`${GENDER_TO_HTCDS[gender]}\` \\|`),
      );
      expect(recordsToRow(CASE, { ...PERSON, gender }).prs_Gender).toBe(GENDER_TO_HTCDS[gender]);
      expect(rowToRecords(bareRow({ prs_Gender: GENDER_TO_HTCDS[gender] })).person.record.gender).toBe(
        gender,
      );
    }
  });
});

describe('HTCDS row → Enlace records', () => {
  it('round-trips every field through a CSV', () => {
    const { bundle, rejects } = readHtcdsCsv(csvOf(recordsToRow(CASE, PERSON)), en);
    expect(rejects).toEqual([]);
    expect(bundle.cases.map(({ record }) => record)).toEqual([CASE]);
    expect(bundle.people.map(({ record }) => record)).toEqual([PERSON]);
  });

  it.each(Object.entries(CASE_STATUS_FROM_HTCDS))(
    'reads cas_Status %s as %s without enlace_CaseStatus',
    (htcds, status) => {
      expect(rowToRecords(bareRow({ cas_Status: htcds })).caseRecord.record.status).toBe(status);
    },
  );

  it('reads plain HTCDS person columns when the enlace_ columns are absent', () => {
    const { person } = rowToRecords(
      bareRow({
        prs_FirstName: 'Ana',
        prs_SecondName: 'López Cruz',
        prs_Birthdate: '1996-05-14',
        prs_IdentityNumber: 'LOCA960514MPLPRN09',
        prs_MobilePhone: '+522225550142',
        prs_Email: 'ana@example.org',
        prs_MailingStreet: 'Calle 5 de Mayo 10',
      }),
    );
    expect(person.record).toMatchObject({
      role: 'survivor',
      identity: {
        givenNames: 'Ana',
        firstSurname: 'López Cruz',
        birthDate: '1996-05-14',
        curp: 'LOCA960514MPLPRN09',
      },
      contacts: [{ phone: '+522225550142', email: 'ana@example.org', address: 'Calle 5 de Mayo 10' }],
    });
  });

  it('prefers enlace_ columns over the HTCDS columns they refine', () => {
    const { caseRecord, person } = rowToRecords(
      bareRow({
        cas_Status: 'Closed',
        enlace_CaseStatus: 'trial',
        prs_SecondName: 'López Cruz',
        enlace_FirstSurname: 'López',
        enlace_SecondSurname: 'Cruz',
        prs_Birthdate: '1996-05-14',
        enlace_Birthdate: '1996-05-14',
        prs_MobilePhone: '+522225550142',
        enlace_Contacts: '[{"phone":"+52 222 555 0142"}]',
      }),
    );
    expect(caseRecord.record.status).toBe('trial');
    expect(person.record).toMatchObject({
      identity: { firstSurname: 'López', secondSurname: 'Cruz' },
      contacts: [{ phone: '+52 222 555 0142' }],
    });
  });
});

describe('reading an HTCDS CSV', () => {
  it('rejects naming the row and the HTCDS column, never the value', () => {
    const text = csvOf(
      bareRow({ prs_Gender: 'Femenina', enlace_BirthYear: '1800' }),
      bareRow({ enlace_PersonId: 'p-2', prs_Citizenship: 'GT MX', enlace_Contacts: '[{' }),
      bareRow({ enlace_PersonId: 'p-3', enlace_CaseState: 'OAX', enlace_Disability: 'yes' }),
      bareRow({ enlace_PersonId: 'p-3', prs_FirstName: 'Ana', enlace_CaseId: '' }),
    );
    const { rejects, bundle } = readHtcdsCsv(text, en);
    expect(rejects.map(({ line, field }) => [line, field])).toEqual(
      expect.arrayContaining([
        [2, 'prs_Gender'],
        [2, 'enlace_BirthYear'],
        [3, 'prs_Citizenship'],
        [3, 'enlace_Contacts'],
        [4, 'enlace_CaseState'],
        [4, 'enlace_Disability'],
        [5, 'enlace_CaseId'],
      ]),
    );
    expect(rejects.find(({ field }) => field === 'prs_Gender')?.message).toContain('Feminine');
    expect(JSON.stringify(rejects)).not.toContain('Femenina');
    expect(bundle.cases).toHaveLength(1);
  });

  it('rejects a person id used twice and a CSV it cannot parse', () => {
    const twice = readHtcdsCsv(csvOf(bareRow({}), bareRow({})), en);
    expect(twice.rejects).toEqual([expect.objectContaining({ line: 3, field: 'enlace_PersonId' })]);
    const broken = readHtcdsCsv('enlace_CaseId,enlace_PersonId\n"c-1,p-1\n', en);
    expect(broken.rejects).toEqual([expect.objectContaining({ field: '' })]);
  });

  it('names columns for rejects found later, when the import is planned', () => {
    const { fieldName } = readHtcdsCsv(csvOf(bareRow({ cas_Status: 'Closed' })), en);
    expect(fieldName?.(2, 'status')).toBe('cas_Status');
    expect(fieldName?.(2, 'case')).toBe('enlace_CaseId');
    expect(fieldName?.(2, 'reference')).toBe('enlace_CaseReference');
  });
});

describe('exploitation and suspect-role columns', () => {
  const exploitation = (id: string, fields: Record<string, unknown>) =>
    ({ type: 'exploitation', id, case: 'c-1', person: 'p-1', ...fields }) as RecordLine;
  const first = exploitation('e-1', {
    forms: ['sexual_exploitation', 'slavery'],
    sector: 'I',
    methodsOfControl: ['debt_bondage'],
    relationship: 'intimate_partner',
  });
  const second = exploitation('e-2', {
    forms: ['forced_labour'],
    sector: 'A',
    methodsOfControl: ['restricts_movement', 'physical_threats'],
    relationship: 'acquaintance',
  });

  it('writes the union of multi-selects in table order, and a single value only when all agree', () => {
    const row = recordsToRow(CASE, PERSON, { exploitations: [first, second] });
    expect(row).toMatchObject({
      vic_TypeOfExploitation: 'SexualExploitation ForcedLabour Other',
      vic_ForcedLabourIndustry: undefined,
      vic_MethodsOfControl: 'PhysicalThreats DebtBondage Other',
      vic_RelationshipToTrafficker: 'Acquainted',
    });
    expect(JSON.parse(row.enlace_Exploitations ?? '')).toHaveLength(2);
  });

  it('reads records back whole from the enlace_ columns', () => {
    const suspectRole = {
      type: 'suspectRole',
      id: 'r-1',
      case: 'c-1',
      person: 'p-1',
      processRoles: ['recruiter'],
      publicOfficial: false,
    } as RecordLine;
    const { bundle, rejects } = readHtcdsCsv(
      csvOf(
        recordsToRow(CASE, { ...PERSON, id: 'p-1', case: 'c-1' }, { exploitations: [first], suspectRole }),
      ),
      en,
    );
    expect(rejects).toEqual([]);
    expect(bundle.records.map(({ record }) => record)).toEqual([
      { ...first, case: 'carpeta-001', person: 'p-1', forms: ['sexual_exploitation', 'slavery'] },
      { ...suspectRole, case: 'carpeta-001' },
    ]);
  });

  it('reads plain HTCDS columns through the tables of the mapping doc', () => {
    const { bundle, rejects } = readHtcdsCsv(
      csvOf(
        bareRow({
          vic_TypeOfExploitation: 'ChildLabour ForcedBegging',
          vic_ForcedLabourIndustry: 'A_AgricultureForestryAndFishing',
          vic_MethodsOfControl: 'DebtBondage Other',
          vic_RelationshipToTrafficker: 'Unaquainted',
          per_RoleInProcess: 'Exploiter',
        }),
      ),
      en,
    );
    expect(rejects).toEqual([]);
    expect(bundle.records.map(({ record }) => record)).toEqual([
      expect.objectContaining({
        type: 'exploitation',
        forms: ['labour_exploitation', 'forced_begging'],
        sector: 'A',
        methodsOfControl: ['debt_bondage', 'other'],
        relationship: 'stranger',
      }),
      expect.objectContaining({ type: 'suspectRole', processRoles: ['exploiter'], publicOfficial: false }),
    ]);
  });

  it('refuses an HTCDS value with no Enlace form, naming the row and column', () => {
    const { rejects, bundle } = readHtcdsCsv(csvOf(bareRow({ vic_TypeOfExploitation: 'Surrogacy' })), en);
    expect(rejects.map(({ line, field }) => [line, field])).toEqual([[2, 'vic_TypeOfExploitation']]);
    expect(bundle.records).toEqual([]);
  });
});
