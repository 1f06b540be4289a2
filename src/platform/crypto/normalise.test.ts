import { describe, expect, it } from 'vitest';
import { normaliseIdentifier, normaliseName, normalisePhone } from './normalise.ts';

describe('normalisers', () => {
  it.each([
    ['GOMJ850312MDFXXR04', 'GOMJ850312MDFXXR04'],
    ['gomj850312mdfxxr04', 'GOMJ850312MDFXXR04'],
    [' GOMJ 850312 MDFXXR04 ', 'GOMJ850312MDFXXR04'],
    ['G1234-5678', 'G12345678'],
    ['ｇ１２３４５６７８', 'G12345678'],
    ['AB\u00a0123', 'AB123'],
  ])('identifier %j → %j', (value, expected) => {
    expect(normaliseIdentifier(value)).toBe(expected);
  });

  it.each([
    ['+52 (55) 1234-5678', '525512345678'],
    ['55 1234 5678', '5512345678'],
    ['55.1234.5678 ext', '5512345678'],
    ['５５１２３４５６７８', '5512345678'],
    ['sin teléfono', ''],
  ])('phone %j → %j', (value, expected) => {
    expect(normalisePhone(value)).toBe(expected);
  });

  it.each([
    ['María José', 'maria jose'],
    ['  JOSÉ   PEÑA  ', 'jose pena'],
    ['Núñez\tGómez\nRuíz', 'nunez gomez ruiz'],
    ['Güemes', 'guemes'],
    ['Xōchitl', 'xochitl'],
    ['Maria Jose', 'maria jose'],
    ['MARÍA JOSÉ', 'maria jose'],
    ['Mari\u0301a', 'maria'],
  ])('name %j → %j', (value, expected) => {
    expect(normaliseName(value)).toBe(expected);
  });
});
