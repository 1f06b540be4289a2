import { describe, expect, it } from 'vitest';
import { withinOneEdit } from './edit-distance.ts';
import { jaro, jaroWinkler } from './jaro-winkler.ts';

describe('Jaro–Winkler', () => {
  it.each([
    ['martha', 'marhta', 0.9444, 0.9611],
    ['dwayne', 'duane', 0.8222, 0.84],
    ['dixon', 'dicksonx', 0.7667, 0.8133],
    ['hernandez', 'hernandez', 1, 1],
    ['abc', 'xyz', 0, 0],
    ['', 'abc', 0, 0],
  ])('%s / %s', (a, b, expectedJaro, expectedWinkler) => {
    expect(jaro(a, b)).toBeCloseTo(expectedJaro, 4);
    expect(jaroWinkler(a, b)).toBeCloseTo(expectedWinkler, 4);
    expect(jaroWinkler(b, a)).toBeCloseTo(expectedWinkler, 4);
  });

  it('handles strings longer than its reusable buffers', () => {
    const long = 'a'.repeat(300);
    expect(jaroWinkler(long, `${long}b`)).toBeGreaterThan(0.99);
  });
});

describe('withinOneEdit', () => {
  it.each([
    ['equal', 'lopez', 'lopez', true],
    ['replaced', 'lopez', 'lopes', true],
    ['inserted', 'lopez', 'loopez', true],
    ['deleted', 'lopez', 'lopz', true],
    ['neighbours exchanged', 'lopez', 'lpoez', true],
    ['two replacements', 'lopez', 'lapes', false],
    ['two insertions', 'lopez', 'llopezz', false],
    ['distant exchange', 'lopez', 'zopel', false],
  ])('%s: %s / %s', (_, a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
    expect(withinOneEdit(b, a)).toBe(expected);
  });
});
