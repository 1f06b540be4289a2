import { describe, expect, it } from 'vitest';
import { NULL_LEVEL } from './comparator.ts';
import { expectationMaximisation, initialM } from './em.ts';
import type { Patterns } from './patterns.ts';

/**
 * Three comparisons with known m and u; the pattern counts are the exact expected counts of a
 * mixture with 2 % matches, plus missing values, so EM should find m and the match share again.
 */
const m = [
  [0.9, 0.07, 0.03],
  [0.8, 0.15, 0.05],
  [0.95, 0.05],
];
const u = [
  [0.01, 0.04, 0.95],
  [0.02, 0.08, 0.9],
  [0.5, 0.5],
];
const MATCH_SHARE = 0.02;
const PAIRS = 1_000_000;

function mixturePatterns(): Patterns {
  const levels: number[] = [];
  const counts: number[] = [];
  for (let a = 0; a < 3; a++) {
    for (let b = 0; b < 3; b++) {
      for (let c = 0; c <= 2; c++) {
        // c === 2 stands for a missing third value (10 % of pairs): it weighs nothing either way.
        const third = c === 2 ? 0.1 : 0.9;
        const matchC = c === 2 ? 1 : m[2]![c]!;
        const nonMatchC = c === 2 ? 1 : u[2]![c]!;
        const match = MATCH_SHARE * m[0]![a]! * m[1]![b]! * matchC;
        const nonMatch = (1 - MATCH_SHARE) * u[0]![a]! * u[1]![b]! * nonMatchC;
        levels.push(a, b, c === 2 ? NULL_LEVEL : c);
        counts.push(PAIRS * third * (match + nonMatch));
      }
    }
  }
  return { levels: Uint8Array.from(levels), counts: Float64Array.from(counts), comparisonCount: 3 };
}

describe('expectation-maximisation', () => {
  it('recovers m and the share of matches from pattern counts, with u fixed', () => {
    const result = expectationMaximisation({
      patterns: mixturePatterns(),
      active: [true, true, true],
      u,
      initialM: [initialM(3), initialM(3), initialM(2)],
      initialMatchShare: 0.3,
      maxIterations: 500,
      tolerance: 1e-9,
    });
    expect(result.converged).toBe(true);
    expect(result.matchShare).toBeCloseTo(MATCH_SHARE, 3);
    result.m.forEach((levels, c) => {
      levels.forEach((value, level) => {
        expect(value).toBeCloseTo(m[c]![level]!, 2);
      });
    });
  });

  it('leaves out the comparisons a session does not estimate', () => {
    const result = expectationMaximisation({
      patterns: mixturePatterns(),
      active: [true, false, true],
      u,
      initialM: [initialM(3), initialM(3), initialM(2)],
      initialMatchShare: 0.3,
      maxIterations: 500,
      tolerance: 1e-9,
    });
    expect(result.m[1]).toEqual(initialM(3));
    expect(result.m[0]![0]).toBeGreaterThan(0.8);
  });
});
