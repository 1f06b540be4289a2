import { describe, expect, it } from 'vitest';
import { isFutureBirthDate, parseBirthDate } from './birth-date.ts';

describe('partial birth dates', () => {
  it.each([
    ['1990', { year: 1990, month: null, day: null, precision: 'year' }],
    ['1990-07', { year: 1990, month: 7, day: null, precision: 'month' }],
    ['1990-07-14', { year: 1990, month: 7, day: 14, precision: 'day' }],
    ['2004-02-29', { year: 2004, month: 2, day: 29, precision: 'day' }],
  ])('reads %s', (text, expected) => {
    expect(parseBirthDate(text)).toEqual(expected);
  });

  it.each([
    ['an empty value', ''],
    ['a two-digit year', '90'],
    ['month 13', '1990-13'],
    ['month 0', '1990-00'],
    ['31 April', '1990-04-31'],
    ['29 February of a common year', '2003-02-29'],
    ['day and month swapped', '14-07-1990'],
    ['a year before 1900', '1899-12-31'],
    ['a time', '1990-07-14T00:00'],
  ])('refuses %s', (_, text) => {
    expect(parseBirthDate(text)).toBeUndefined();
  });

  const today = new Date('2026-05-15T12:00:00Z');
  it.each([
    ['today', '2026-05-15', false],
    ['tomorrow', '2026-05-16', true],
    ['this month, day unknown', '2026-05', false],
    ['next month', '2026-06', true],
    ['this year, month unknown', '2026', false],
    ['next year', '2027', true],
    ['long ago', '1950-01-01', false],
  ])('%s is in the future: %s', (_, text, future) => {
    expect(isFutureBirthDate(parseBirthDate(text)!, today)).toBe(future);
  });
});
