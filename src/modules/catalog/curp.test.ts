import { describe, expect, it } from 'vitest';
import { compactCurp, curpCheckDigit, readCurp } from './curp.ts';

// Synthetic CURPs (XX name letters, generic consonants), built for these tests; none belongs to anyone.
describe('CURP check digit (RENAPO)', () => {
  it.each([
    ['XAXX900101MPLXXX0', 6],
    ['XEXX040229HNEXXXA', 2],
    ['XIXX851231XDFXXX0', 7],
    ['ZUXX750615MOCXXX0', 6],
    ['XOXX000101HCSXXXA', 7],
  ])('of %s is %i', (first17, digit) => {
    expect(curpCheckDigit(first17)).toBe(digit);
  });

  it('weighs Ñ between N and O', () => {
    expect(curpCheckDigit('XAXX900101MPLÑXX0')).not.toBe(curpCheckDigit('XAXX900101MPLNXX0'));
    expect(curpCheckDigit('XAXX900101MPLÑXX0')).not.toBe(curpCheckDigit('XAXX900101MPLOXX0'));
  });
});

describe('reading a CURP', () => {
  it('gives the birth date, the sex letter and whether the check digit agrees', () => {
    expect(readCurp('XAXX900101MPLXXX06')).toEqual({
      birth: { year: 1990, month: 1, day: 1 },
      sexLetter: 'M',
      checkDigitValid: true,
    });
    expect(readCurp('XAXX900101MPLXXX05')?.checkDigitValid).toBe(false);
  });

  it('places a letter differentiator in the 2000s', () => {
    expect(readCurp('XEXX040229HNEXXXA2')?.birth).toEqual({ year: 2004, month: 2, day: 29 });
  });

  it.each([
    ['too short', 'XAXX900101MPLXXX0'],
    ['month 13', 'XAXX901301MPLXXX06'],
    ['unknown state', 'XAXX900101MQQXXX06'],
    ['sex other than H, M or X', 'XAXX900101FPLXXX06'],
    ['vowel where a consonant goes', 'XAXX900101MPLAXX06'],
    ['lower case', 'xaxx900101mplxxx06'],
  ])('is undefined without the shape of a CURP: %s', (_, value) => {
    expect(readCurp(value)).toBeUndefined();
  });

  it('compacts what people type: case, spaces and hyphens', () => {
    expect(compactCurp(' xaxx 900101-mplxxx06')).toBe('XAXX900101MPLXXX06');
  });
});
