import { describe, expect, it } from 'vitest';
import { newAgency } from '../../../src/contracts/agencies.ts';
import {
  type AgencyFormMessages,
  type AgencyFormValues,
  agencyFormErrors,
  agencyProblemErrors,
  agencyRequest,
} from './agency-form.ts';

const MESSAGES: AgencyFormMessages = {
  codeInvalid: 'code',
  nameInvalid: 'name',
  typeRequired: 'type',
  sectorRequired: 'sector',
  levelRequired: 'level',
  stateRequired: 'state',
  municipalityRequired: 'municipality',
  countryRequired: 'country',
};

const SHELTER: AgencyFormValues = {
  code: ' dif-tehuacan ',
  name: 'DIF Municipal de Tehuacán',
  agencyType: 'social_welfare',
  sector: 'government',
  jurisdictionLevel: 'municipal',
  stateCode: 'PUE',
  municipality: ' Tehuacán ',
  countryCode: 'US',
};

const CASES: [string, Partial<AgencyFormValues>, string[]][] = [
  ['a complete municipal institution', {}, []],
  ['a federal one, whatever place was typed before choosing the level', { jurisdictionLevel: 'federal' }, []],
  ['one abroad with its country', { jurisdictionLevel: 'abroad', agencyType: 'consulate' }, []],
  ['a code with spaces or symbols', { code: 'DIF TEHUACÁN' }, ['code']],
  ['a one-letter code', { code: 'D' }, ['code']],
  ['a code starting with a hyphen', { code: '-DIF' }, ['code']],
  ['a one-letter name', { name: ' D ' }, ['name']],
  [
    'no type, sector or level',
    { agencyType: '', sector: '', jurisdictionLevel: '' },
    ['agencyType', 'sector', 'jurisdictionLevel'],
  ],
  ['a state institution without its state', { jurisdictionLevel: 'state', stateCode: '' }, ['stateCode']],
  ['a municipal one without its municipality', { municipality: '  ' }, ['municipality']],
  ['one abroad without its country', { jurisdictionLevel: 'abroad', countryCode: '' }, ['countryCode']],
];

describe('the new institution form', () => {
  it.each(CASES)('agrees with the API on %s', (_, change, invalid) => {
    const values = { ...SHELTER, ...change };
    expect(Object.keys(agencyFormErrors(values, MESSAGES)).sort()).toEqual([...invalid].sort());
    const parsed = newAgency.safeParse(agencyRequest(values));
    const refused = parsed.success ? [] : parsed.error.issues.map((issue) => issue.path.join('.'));
    expect([...new Set(refused)].sort()).toEqual([...invalid].sort());
  });

  it('sends the code as the API stores it and only the place the level asks for', () => {
    expect(agencyRequest(SHELTER)).toEqual({
      code: 'DIF-TEHUACAN',
      name: 'DIF Municipal de Tehuacán',
      agencyType: 'social_welfare',
      sector: 'government',
      jurisdictionLevel: 'municipal',
      stateCode: 'PUE',
      municipality: 'Tehuacán',
      countryCode: undefined,
    });
  });

  it('puts the API’s refusals beside the fields they name', () => {
    const problem = { type: 'about:blank', title: 'Datos no válidos', status: 400, detail: '…' };
    expect(
      agencyProblemErrors({
        ...problem,
        code: 'validation_failed',
        errors: [
          { path: 'stateCode', code: 'custom', message: 'Indique el estado.' },
          { path: 'unknownField', code: 'unrecognized_keys', message: 'No se admite.' },
        ],
      }),
    ).toEqual({ stateCode: 'Indique el estado.' });
    expect(
      agencyProblemErrors({ ...problem, status: 409, code: 'agency_code_taken', detail: 'Ya existe DIF.' }),
    ).toEqual({ code: 'Ya existe DIF.' });
  });
});
