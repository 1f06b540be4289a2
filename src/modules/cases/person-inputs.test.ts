import { describe, expect, it } from 'vitest';
import { addPersonRequest } from './people-contract.ts';
import { curp, documentInput } from './person-inputs.ts';

const keysOf = (result: { success: boolean; error?: { issues: { params?: unknown; code: string }[] } }) =>
  result.success
    ? []
    : (result.error?.issues ?? []).map((issue) => (issue.params as { key?: string })?.key ?? issue.code);

// Synthetic CURPs built for these tests (valid check digits unless said otherwise).
describe('CURP input', () => {
  it.each([
    ['a valid CURP, any case and around spaces', ' xaxx900101mplxxx06 ', []],
    ['a wrong check digit', 'XAXX900101MPLXXX05', ['curp_check_digit']],
    [
      'a date that does not exist, with a matching check digit',
      'XAXX900230MPLXXX04',
      ['curp_birth_date_invalid'],
    ],
    ['another shape', 'XAXX-900101', ['invalid_format']],
  ])('%s', (_, value, expected) => {
    expect(keysOf(curp.safeParse(value))).toEqual(expected);
  });
});

describe('identity documents', () => {
  it.each([
    ['a passport with its country', { kind: 'passport', issuingCountry: 'GT', number: 'GT 123-45' }, []],
    ['a passport without country', { kind: 'passport', number: 'GT12345' }, ['document_country_required']],
    ['another document without country', { kind: 'other', number: 'X-1' }, []],
    ['an unknown kind', { kind: 'driving_licence', issuingCountry: 'MX', number: 'X1' }, ['invalid_value']],
    ['a number of spaces and hyphens only', { kind: 'other', number: ' - ' }, ['invalid_format']],
  ])('%s', (_, value, expected) => {
    expect(keysOf(documentInput.safeParse(value))).toEqual(expected);
  });
});

describe('a new person', () => {
  const base = { role: 'survivor', identity: { givenNames: 'Persona Sintética' } };
  it('takes a partial date of birth and defaults the lists', () => {
    const parsed = addPersonRequest.parse({ ...base, identity: { ...base.identity, birthDate: '1990-07' } });
    expect(parsed).toMatchObject({ disabilities: [], documents: [], contacts: [], needs: [] });
  });

  it.each([
    [
      'a birth year after this year',
      { ...base, birthYear: new Date().getUTCFullYear() + 1 },
      ['date_in_future'],
    ],
    [
      'a CURP of a man recorded as a woman',
      { ...base, sex: 'female', identity: { ...base.identity, curp: 'XEXX040229HNEXXXA2' } },
      ['curp_sex'],
    ],
    [
      'a year that disagrees with the date of birth',
      { ...base, birthYear: 2001, identity: { ...base.identity, birthDate: '2002-02' } },
      ['birth_year_mismatch'],
    ],
    [
      'kinds of disability denied',
      { ...base, hasDisability: false, disabilities: ['seeing'] },
      ['disabilities_without_disability'],
    ],
  ])('refuses %s', (_, value, expected) => {
    expect(keysOf(addPersonRequest.safeParse(value))).toEqual(expected);
  });
});
