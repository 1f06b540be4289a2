import { NULL_LEVEL } from './comparator.ts';
import type { Patterns } from './patterns.ts';

export type EmInput = {
  patterns: Patterns;
  /** Comparisons estimated in this session; the others are ignored. */
  active: readonly boolean[];
  /** Fixed: estimated from random pairs, not by this algorithm. */
  u: readonly (readonly number[])[];
  initialM: readonly (readonly number[])[];
  initialMatchShare: number;
  maxIterations: number;
  /** Stop when no m probability moves by more than this. */
  tolerance: number;
};

export type EmResult = { m: number[][]; matchShare: number; iterations: number; converged: boolean };

/** A level seen in no matching pair keeps a little probability, so it weighs as rare, not impossible. */
const PSEUDO_COUNT = 1;
const SMALLEST_M = 1e-9;

/**
 * Expectation-maximisation for the m probabilities of a Fellegi–Sunter mixture with fixed u: each
 * round weighs every pattern by its current probability of being a match, then re-estimates m and
 * the share of matches from those weights.
 */
export function expectationMaximisation(input: EmInput): EmResult {
  const { patterns, active, u } = input;
  const comparisonCount = patterns.comparisonCount;
  let m = input.initialM.map((levels) => [...levels]);
  let matchShare = input.initialMatchShare;
  for (let iteration = 1; iteration <= input.maxIterations; iteration++) {
    const matchCounts = m.map((levels) => new Float64Array(levels.length));
    let expectedMatches = 0;
    let total = 0;
    for (let p = 0; p < patterns.counts.length; p++) {
      let matchLikelihood = matchShare;
      let nonMatchLikelihood = 1 - matchShare;
      const base = p * comparisonCount;
      for (let c = 0; c < comparisonCount; c++) {
        const level = patterns.levels[base + c]!;
        if (!active[c] || level === NULL_LEVEL) continue;
        matchLikelihood *= m[c]![level]!;
        nonMatchLikelihood *= u[c]![level]!;
      }
      const count = patterns.counts[p]!;
      const matchWeight = (count * matchLikelihood) / (matchLikelihood + nonMatchLikelihood);
      expectedMatches += matchWeight;
      total += count;
      for (let c = 0; c < comparisonCount; c++) {
        const level = patterns.levels[base + c]!;
        if (active[c] && level !== NULL_LEVEL) matchCounts[c]![level]! += matchWeight;
      }
    }
    const next = matchCounts.map((counts, c) => normalise(counts, input.initialM[c]!));
    const change = Math.max(
      ...next.flatMap((levels, c) => levels.map((value, l) => Math.abs(value - m[c]![l]!))),
    );
    m = next;
    matchShare = expectedMatches / total;
    if (change < input.tolerance) return { m, matchShare, iterations: iteration, converged: true };
  }
  return { m, matchShare, iterations: input.maxIterations, converged: false };
}

function normalise(counts: Float64Array, prior: readonly number[]): number[] {
  const total = counts.reduce((sum, count) => sum + count, 0) + PSEUDO_COUNT;
  return Array.from(counts, (count, level) =>
    Math.max(SMALLEST_M, (count + PSEUDO_COUNT * prior[level]!) / total),
  );
}

/** Starting m: agreement levels likely, each weaker level half as likely, disagreement unlikely. */
export function initialM(levelCount: number): number[] {
  const raw = Array.from({ length: levelCount }, (_, level) =>
    level === levelCount - 1 ? 0.05 : 0.5 ** level,
  );
  const total = raw.reduce((sum, value) => sum + value, 0);
  return raw.map((value) => value / total);
}
