import { describe, expect, it } from 'vitest';
import { parseCurp } from './curp.ts';

describe('CURP', () => {
  it('accepts a valid CURP and reads its birth date and sex as evidence', () => {
    expect(parseCurp('hegg560427mvzrrl04')).toEqual({
      value: 'HEGG560427MVZRRL04',
      checkDigitValid: true,
      birthDate: { year: 1956, month: 4, day: 27, valid: true },
      sex: 'F',
    });
  });

  it('places a letter differentiator in the 2000s and reads H as a man', () => {
    expect(parseCurp('PERJ020101HNERRNA3')).toMatchObject({ birthDate: { year: 2002 }, sex: 'M' });
  });

  it('keeps a CURP with a wrong check digit, marked as not to be trusted', () => {
    expect(parseCurp('HEGG560427MVZRRL05')?.checkDigitValid).toBe(false);
  });

  it('ignores spaces and hyphens', () => {
    expect(parseCurp('HEGG 560427-MVZRRL04')?.value).toBe('HEGG560427MVZRRL04');
  });

  it.each([
    ['too short', 'HEGG560427MVZRRL0'],
    ['month 13', 'HEGG561327MVZRRL04'],
    ['unknown state', 'HEGG560427MXXRRL04'],
    ['sex other than H, M or X', 'HEGG560427FVZRRL04'],
    ['vowel where a consonant goes', 'HEGG560427MVZARL04'],
  ])('rejects a value without the shape of a CURP: %s', (_, value) => {
    expect(parseCurp(value)).toBeUndefined();
  });

  it('reads an empty value as missing', () => {
    expect(parseCurp('')).toBeNull();
  });
});
