import { describe, expect, it } from 'vitest';
import { dateDigits, parsePartialDate } from './partial-date.ts';

describe('parsePartialDate', () => {
  it.each([
    ['iso', '1985-03-12', { year: 1985, month: 3, day: 12, valid: true }],
    ['iso', '1985-03', { year: 1985, month: 3, day: null, valid: true }],
    ['iso', '1985', { year: 1985, month: null, day: null, valid: true }],
    ['yyyymmdd', '19850312', { year: 1985, month: 3, day: 12, valid: true }],
    ['yyyymmdd', '198503', { year: 1985, month: 3, day: null, valid: true }],
    ['dd/mm/yyyy', '12/03/1985', { year: 1985, month: 3, day: 12, valid: true }],
    ['dd/mm/yyyy', '3/1985', { year: 1985, month: 3, day: null, valid: true }],
    ['iso', '2024-02-29', { year: 2024, month: 2, day: 29, valid: true }],
  ] as const)('%s %s', (layout, value, expected) => {
    expect(parsePartialDate(value, layout)).toEqual(expected);
  });

  it.each([
    ['month 13, likely a swapped day', 'iso', '1985-13-02'],
    ['February 30', 'iso', '1985-02-30'],
    ['not a leap year', 'iso', '2023-02-29'],
    ['FEBRL typo', 'yyyymmdd', '19450493'],
  ] as const)('keeps a well-placed date that is no calendar date, marked invalid: %s', (_, layout, value) => {
    expect(parsePartialDate(value, layout)?.valid).toBe(false);
  });

  it.each([
    ['iso', '12/03/1985'],
    ['iso', '85-03-12'],
    ['iso', 'marzo 1985'],
    ['iso', '1985-3-12'],
    ['yyyymmdd', '1985-03-12'],
  ] as const)('rejects %s %s as malformed', (layout, value) => {
    expect(parsePartialDate(value, layout)).toBeUndefined();
  });

  it('reads an empty value as missing', () => {
    expect(parsePartialDate('  ', 'iso')).toBeNull();
  });

  it('gives the digits of partial dates', () => {
    expect(dateDigits(parsePartialDate('1985-03', 'iso')!)).toBe('198503');
  });
});
