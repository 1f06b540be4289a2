import { describe, expect, it } from 'vitest';
import { SCREENING_RULES } from './reasons.ts';

describe('screening reasons', () => {
  it('have unique rule ids and text in both languages', () => {
    const ids = SCREENING_RULES.map((entry) => entry.rule);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of SCREENING_RULES) {
      expect(entry.es.length).toBeGreaterThan(10);
      expect(entry.en.length).toBeGreaterThan(10);
    }
  });

  it('never call trafficking "tráfico" in Spanish (only migrant smuggling or organs)', () => {
    for (const { es } of SCREENING_RULES) {
      for (const match of es.matchAll(/tr[aá]fico(?! de migrantes| de órganos)/giu)) {
        expect.fail(`"${match[0]}" in: ${es}`);
      }
    }
  });
});
