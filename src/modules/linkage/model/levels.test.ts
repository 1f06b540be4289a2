import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../normalise/partial-date.ts';
import { prepareRecords } from '../prepare.ts';
import type { LinkageRecord } from '../record.ts';
import { codeLevelTest, dateLevelTest, textLevelTests } from './levels.ts';
import type { DateLevel, TextLevel } from './spec.ts';

const date = (value: string) => parsePartialDate(value, 'iso')!;

function givenNames(value: string) {
  const record: LinkageRecord = {
    id: value,
    source: 's',
    givenNames: value,
    surname1: '',
    surname2: '',
    sex: null,
    birthDate: null,
    nationality: null,
    curp: null,
    phone: null,
    extras: [],
  };
  return prepareRecords([record])[0]!.givenNames!;
}

function textHolds(level: TextLevel, a: string, b: string): boolean {
  return textLevelTests([level])[0]!(givenNames(a), givenNames(b));
}

describe('date levels', () => {
  it.each([
    [{ kind: 'exact' }, '1985-03-12', '1985-03-12', true],
    [{ kind: 'exact' }, '1985-03', '1985-03', false],
    [{ kind: 'compatible' }, '1985', '1985-03-12', true],
    [{ kind: 'compatible' }, '1985-03', '1985-03-12', true],
    [{ kind: 'compatible' }, '1985-04', '1985-03-12', false],
    [{ kind: 'compatible' }, '1986', '1985-03-12', false],
    [{ kind: 'dayMonthSwapped' }, '1985-03-12', '1985-12-03', true],
    [{ kind: 'dayMonthSwapped' }, '1985-03-03', '1985-03-03', false],
    [{ kind: 'dayMonthSwapped' }, '1985-03-12', '1986-12-03', false],
    [{ kind: 'dayMonthSwapped' }, '1985-25-03', '1985-03-25', true],
    [{ kind: 'oneEdit' }, '1985-03-12', '1985-03-13', true],
    [{ kind: 'oneEdit' }, '1985-03-12', '1958-03-12', true],
    [{ kind: 'oneEdit' }, '1985', '1986', false],
    [{ kind: 'yearOff', years: 1 }, '1985-03-12', '1986-03-12', true],
    [{ kind: 'yearOff', years: 1 }, '1985', '1986-03-12', true],
    [{ kind: 'yearOff', years: 1 }, '1985-03-12', '1986-04-12', false],
    [{ kind: 'yearOff', years: 1 }, '1985-03-12', '1987-03-12', false],
  ] as [DateLevel, string, string, boolean][])('%o: %s / %s → %s', (level, a, b, expected) => {
    expect(dateLevelTest(level)(date(a), date(b))).toBe(expected);
  });
});

describe('name levels', () => {
  it.each([
    [{ kind: 'exact' }, 'María José', 'MARIA JOSE', true],
    [{ kind: 'sameNames' }, 'Lupe', 'Guadalupe', true],
    [{ kind: 'sameNames' }, 'Pepe Luis', 'José Luis', true],
    [{ kind: 'sameNames' }, 'Beto', 'Humberto', true],
    [{ kind: 'sameNames' }, 'José Luis', 'José Juan', false],
    [{ kind: 'namesContained' }, 'Guadalupe', 'María Guadalupe', true],
    [{ kind: 'namesContained' }, 'Lupita', 'Ma. Guadalupe', true],
    [{ kind: 'namesContained' }, 'María', 'María Elena', false],
    [{ kind: 'namesContained' }, 'José Luis', 'José Juan', false],
    [{ kind: 'phonetic' }, 'Ximena', 'Jimena', true],
    [{ kind: 'oneEdit' }, 'Ricardo', 'Rjcardo', true],
    [{ kind: 'jaroWinkler', atLeast: 0.9 }, 'Verónica', 'Veronika', true],
    [{ kind: 'jaroWinkler', atLeast: 0.9 }, 'Verónica', 'Patricia', false],
  ] as [TextLevel, string, string, boolean][])('%o: %s / %s → %s', (level, a, b, expected) => {
    expect(textHolds(level, a, b)).toBe(expected);
  });
});

describe('code levels', () => {
  it.each([
    [{ kind: 'exact' }, 'ABC', 'ABC', true],
    [{ kind: 'oneEdit' }, '+525512345678', '+525512345679', true],
    [{ kind: 'samePrefix', length: 10 }, 'HEGG560427MVZRRL04', 'HEGG560427HDFXXX01', true],
    [{ kind: 'samePrefix', length: 10 }, 'HEGG560427', 'HEGG56042', false],
    [{ kind: 'sameSuffix', length: 8 }, '+525512345678', '12345678', true],
  ] as const)('%o: %s / %s → %s', (level, a, b, expected) => {
    expect(codeLevelTest(level)(a, b)).toBe(expected);
  });
});
