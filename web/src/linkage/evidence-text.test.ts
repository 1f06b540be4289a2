import { describe, expect, it } from 'vitest';
import { formatBits, isComparison, parseLevel } from './evidence-text.ts';

describe('parseLevel', () => {
  it.each([
    ['exact', { kind: 'exact', value: '' }],
    ['jaroWinkler>=0.92', { kind: 'jaroWinkler', value: '0.92' }],
    ['samePrefix(10)', { kind: 'samePrefix', value: '10' }],
    ['yearOff(1)', { kind: 'yearOff', value: '1' }],
    ['dayMonthSwapped', { kind: 'dayMonthSwapped', value: '' }],
    ['somethingElse', null],
    ['exact; DROP', null],
    ['', null],
  ])('%s', (level, expected) => {
    expect(parseLevel(level)).toEqual(expected);
  });
});

describe('formatBits', () => {
  it.each([
    [12.39, 'en', '+12.4'],
    [-3.14, 'en', '−3.1'],
    [0, 'es-MX', '+0.0'],
    [1234.5, 'es-MX', '+1,234.5'],
  ])('%d in %s', (bits, locale, expected) => {
    expect(formatBits(bits, locale)).toBe(expected);
  });
});

describe('isComparison', () => {
  it('knows the standard comparisons only', () => {
    expect(isComparison('surname_2')).toBe(true);
    expect(isComparison('postcode')).toBe(false);
  });
});
