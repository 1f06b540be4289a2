import { describe, expect, it } from 'vitest';
import { catalogs } from '../../platform/i18n/catalogs.ts';
import { INDICATORS, indicatorMessageKey } from './indicators.ts';

const leaf = (tree: unknown, key: string) =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);

describe('the indicator catalogue', () => {
  it('defines each code once, in its own section', () => {
    const codes = INDICATORS.map((indicator) => indicator.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const indicator of INDICATORS) expect(indicator.code.startsWith(`${indicator.section}.`)).toBe(true);
  });

  it.each(['es-MX', 'en'] as const)('names and defines every indicator in %s', (language) => {
    for (const indicator of INDICATORS) {
      const key = indicatorMessageKey(indicator.code);
      expect(leaf(catalogs[language].common, `${key}.name`), indicator.code).toEqual(expect.any(String));
      expect(leaf(catalogs[language].common, `${key}.definition`), indicator.code).toEqual(
        expect.any(String),
      );
    }
    const keys = Object.keys(catalogs[language].common.indicators);
    expect(keys.sort()).toEqual(INDICATORS.map((indicator) => indicator.code.replace('.', '_')).sort());
  });

  it('counts forms of exploitation under Mexican law and under the Palermo Protocol together', () => {
    for (const indicator of INDICATORS)
      expect(indicator.dimensions.includes('form_mexican_law'), indicator.code).toBe(
        indicator.dimensions.includes('form_palermo'),
      );
  });
});
