import { describe, expect, it } from 'vitest';
import { STATE_CODES, STATES, stateName } from './states.ts';

describe('state catalog', () => {
  it('lists the 32 states once each, with INEGI codes 01 to 32 in order', () => {
    expect(new Set(STATE_CODES).size).toBe(32);
    expect(STATES.map((state) => state.inegi)).toEqual(
      Array.from({ length: 32 }, (_, index) => String(index + 1).padStart(2, '0')),
    );
    for (const code of STATE_CODES) expect(code).toMatch(/^[A-Z]{3}$/);
  });

  it('names a state by its ISO code', () => {
    expect(stateName('CHH')).toBe('Chihuahua');
    expect(stateName('CMX')).toBe('Ciudad de México');
  });
});
