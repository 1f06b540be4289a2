import { describe, expect, it } from 'vitest';
import { parseBirthDate } from './birth-date.ts';
import { type PersonFacts, personConflicts } from './person-consistency.ts';

// Synthetic CURPs with valid check digits: a woman born 1 January 1990, a man born 29 February 2004,
// a non-binary person (X) born 31 December 1985.
const WOMAN_1990 = 'XAXX900101MPLXXX06';
const MAN_2004 = 'XEXX040229HNEXXXA2';
const NON_BINARY_1985 = 'XIXX851231XDFXXX07';
const date = (text: string) => parseBirthDate(text)!;

describe('a person’s facts against each other', () => {
  const cases: [string, PersonFacts, string[]][] = [
    ['nothing to compare', {}, []],
    ['a CURP alone', { curp: WOMAN_1990 }, []],
    [
      'CURP, full date and sex that agree',
      { curp: WOMAN_1990, birthDate: date('1990-01-01'), sex: 'female' },
      [],
    ],
    ['a date known to the month that agrees', { curp: WOMAN_1990, birthDate: date('1990-01') }, []],
    ['a date known to the year that agrees', { curp: MAN_2004, birthDate: date('2004') }, []],
    ['another day', { curp: WOMAN_1990, birthDate: date('1990-01-02') }, ['curp_birth_date']],
    ['another month', { curp: WOMAN_1990, birthDate: date('1990-02') }, ['curp_birth_date']],
    ['another century', { curp: MAN_2004, birthDate: date('1904-02-29') }, ['curp_birth_date']],
    ['the year in clear against the CURP', { curp: WOMAN_1990, birthYear: 1991 }, ['curp_birth_date']],
    ['the year in clear that agrees', { curp: WOMAN_1990, birthYear: 1990 }, []],
    [
      'year and date that disagree',
      { birthYear: 1989, birthDate: date('1990-05-01') },
      ['birth_year_mismatch'],
    ],
  ];
  it.each(cases)('%s', (_, facts, expected) => {
    expect(personConflicts(facts)).toEqual(expected);
  });
});

describe('the sex in the CURP against the sex recorded', () => {
  it.each([
    [WOMAN_1990, 'female', []],
    [WOMAN_1990, 'male', ['curp_sex']],
    [WOMAN_1990, 'intersex', []],
    [WOMAN_1990, 'unknown', []],
    [MAN_2004, 'male', []],
    [MAN_2004, 'female', ['curp_sex']],
    [NON_BINARY_1985, 'female', []],
    [NON_BINARY_1985, 'male', []],
    [NON_BINARY_1985, 'intersex', []],
  ] as const)('%s with %s', (curp, sex, expected) => {
    expect(personConflicts({ curp, sex })).toEqual(expected);
  });
});
