import { describe, expect, it } from 'vitest';
import { normaliseNationality } from './nationality.ts';
import { parseSex, sexVocabulary } from './sex.ts';

describe('parseSex', () => {
  it.each([
    ['F', 'F'],
    ['Mujer', 'F'],
    ['femenino', 'F'],
    ['M', 'M'],
    ['HOMBRE', 'M'],
    ['masculino', 'M'],
    ['X', 'X'],
    ['no binario', 'X'],
  ] as const)('%s is %s', (value, sex) => {
    expect(parseSex(value)).toBe(sex);
  });

  it('does not guess H, which means M in files where M means mujer', () => {
    expect(parseSex('H')).toBeUndefined();
  });

  it('follows the codes a file declares', () => {
    const hombreMujer = sexVocabulary({ H: 'M', M: 'F' });
    expect(parseSex('h', hombreMujer)).toBe('M');
    expect(parseSex('M', hombreMujer)).toBe('F');
  });

  it('reads an empty value as missing', () => {
    expect(parseSex('')).toBeNull();
  });
});

describe('normaliseNationality', () => {
  it.each([
    ['Mexicana', 'MEX'],
    ['MX', 'MEX'],
    ['México', 'MEX'],
    ['guatemalteca', 'GTM'],
    ['Hondureño', 'HND'],
    ['El Salvador', 'SLV'],
    ['nicaragüense', 'NIC'],
    ['Estados Unidos', 'USA'],
    ['Perú', 'PERU'],
  ])('%s is %s', (value, code) => {
    expect(normaliseNationality(value)).toBe(code);
  });
});
