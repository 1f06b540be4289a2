import { describe, expect, it } from 'vitest';
import { repairMojibake } from './mojibake.ts';
import { foldedTokens, foldText } from './text.ts';

describe('foldText', () => {
  it.each([
    ['accents and case', 'José ÁLVAREZ Núñez', 'jose alvarez nunez'],
    ['ñ becomes n, as systems without ñ write it', 'MUÑOZ Peña', 'munoz pena'],
    ['diaeresis', 'Agüero', 'aguero'],
    ['ordinal indicator of Mª', 'Mª Guadalupe', 'ma guadalupe'],
    ['apostrophes disappear', "D'Angelo O’Neill", 'dangelo oneill'],
    ['hyphens and dots separate words', 'García-López Ma.Elena', 'garcia lopez ma elena'],
    ['blank runs collapse', '  Ana   \t María ', 'ana maria'],
    ['UTF-8 read as Latin-1', 'MuÃ±oz', 'munoz'],
    ['UTF-8 read as Windows-1252', 'MUÃ‘OZ', 'munoz'],
  ])('%s', (_, input, expected) => {
    expect(foldText(input)).toBe(expected);
  });

  it('splits folded text into tokens, none for an empty value', () => {
    expect(foldedTokens('María de la Luz')).toEqual(['maria', 'de', 'la', 'luz']);
    expect(foldedTokens(' - ')).toEqual([]);
  });
});

describe('repairMojibake', () => {
  it.each([
    ['Ã©', 'é'],
    ['JosÃ©', 'José'],
    ['HERNÃ\u0081NDEZ', 'HERNÁNDEZ'],
    ['LÃ“PEZ', 'LÓPEZ'],
  ])('repairs %s', (broken, repaired) => {
    expect(repairMojibake(broken)).toBe(repaired);
  });

  it('leaves correct text alone, even with letters that look like mojibake', () => {
    expect(repairMojibake('Ã rbol Â')).toBe('Ã rbol Â');
    expect(repairMojibake('Muñoz')).toBe('Muñoz');
  });
});
