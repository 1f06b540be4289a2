import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, isCountryCode } from './countries.ts';

describe('country catalog', () => {
  it('holds the 249 assigned ISO 3166-1 alpha-2 codes, once each and sorted', () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    expect([...COUNTRY_CODES].sort()).toEqual(COUNTRY_CODES);
    for (const code of COUNTRY_CODES) expect(code).toMatch(/^[A-Z]{2}$/);
  });

  it.each([
    ['MX', true],
    ['GT', true],
    ['US', true],
    ['SV', true],
    ['XK', false],
    ['ZZ', false],
    ['EU', false],
    ['mx', false],
    ['MEX', false],
  ])('%s is a country code: %s', (code, expected) => {
    expect(isCountryCode(code)).toBe(expected);
  });
});
