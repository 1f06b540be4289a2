import type { PreparedRecord } from '../record.ts';
import type { Comparator } from './comparator.ts';
import { expectationMaximisation, initialM } from './em.ts';
import { estimateU } from './estimate-u.ts';
import type { PairStore } from './pair-store.ts';
import type { ComparisonParameters } from './parameters.ts';
import { collectPatterns } from './patterns.ts';
import type { ModelSpec } from './spec.ts';

export type TrainingSession = {
  rule: string;
  pairs: number;
  /** Estimated share of matches among the session's pairs. */
  matchShare: number;
  iterations: number;
  converged: boolean;
};

export type TrainingResult = { comparisons: ComparisonParameters[]; sessions: TrainingSession[] };

/**
 * u from random pairs; m by expectation-maximisation, once per training rule, over the pairs that
 * rule compared and without the comparisons it blocks on. A comparison's m is the mean of the
 * sessions that estimated it.
 */
export function trainParameters(
  spec: ModelSpec,
  records: readonly PreparedRecord[],
  comparator: Comparator,
  store: PairStore,
  random: () => number,
): TrainingResult {
  const u = estimateU(records, comparator, spec.randomPairs, random);
  const levelCounts = comparator.comparisons.map((comparison) => comparison.levelCount);
  const starting = levelCounts.map(initialM);
  const estimates: number[][][] = levelCounts.map(() => []);
  const sessions = spec.training.map((training) => {
    const ruleBit = 1 << spec.blockingRules.findIndex((rule) => rule.name === training.rule);
    const patterns = collectPatterns(store, ruleBit);
    const pairs = patterns.counts.reduce((sum, count) => sum + count, 0);
    if (pairs === 0) return { rule: training.rule, pairs, matchShare: 0, iterations: 0, converged: false };
    const active = spec.comparisons.map((comparison) => !training.leaveOut.includes(comparison.name));
    const result = expectationMaximisation({
      patterns,
      active,
      u,
      initialM: starting,
      initialMatchShare: 0.3,
      maxIterations: 200,
      tolerance: 1e-5,
    });
    active.forEach((isActive, c) => {
      if (isActive) estimates[c]!.push(result.m[c]!);
    });
    const { matchShare, iterations, converged } = result;
    return { rule: training.rule, pairs, matchShare, iterations, converged };
  });
  const comparisons = spec.comparisons.map((comparison, c) => ({
    name: comparison.name,
    m: mean(estimates[c]!, starting[c]!),
    u: u[c]!,
  }));
  return { comparisons, sessions };
}

/** Element-wise mean of the sessions' estimates; the starting values if no session had pairs. */
function mean(estimates: number[][], fallback: number[]): number[] {
  if (estimates.length === 0) return fallback;
  return fallback.map((_, level) => estimates.reduce((sum, m) => sum + m[level]!, 0) / estimates.length);
}
