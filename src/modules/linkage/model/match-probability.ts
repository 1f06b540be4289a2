import { log2Odds, probabilityFromWeight } from './parameters.ts';

const BIN_WIDTH = 0.05;

/**
 * The probability that two records drawn at random match, λ. Pairs blocking never compares are
 * taken as non-matches; for the compared ones, λ is the fixed point of λ = E[matches] / all pairs,
 * where each pair's match probability follows from its evidence and λ (expectation-maximisation
 * of λ alone, m and u fixed). Evidence is binned so each round is cheap however many pairs there are.
 */
export function estimateMatchProbability(evidence: Float32Array, totalPairs: number): number {
  if (evidence.length === 0 || totalPairs === 0) return 1 / Math.max(2, totalPairs);
  let lowest = Number.POSITIVE_INFINITY;
  let highest = Number.NEGATIVE_INFINITY;
  for (const bits of evidence) {
    lowest = Math.min(lowest, bits);
    highest = Math.max(highest, bits);
  }
  const bins = new Float64Array(Math.floor((highest - lowest) / BIN_WIDTH) + 1);
  for (const bits of evidence) bins[Math.floor((bits - lowest) / BIN_WIDTH)]!++;
  let lambda = Math.min(0.5, evidence.length / totalPairs);
  for (let round = 0; round < 200; round++) {
    const prior = log2Odds(lambda);
    let expectedMatches = 0;
    bins.forEach((count, bin) => {
      if (count > 0)
        expectedMatches += count * probabilityFromWeight(prior + lowest + (bin + 0.5) * BIN_WIDTH);
    });
    const next = Math.min(0.5, Math.max(expectedMatches, 1) / totalPairs);
    if (Math.abs(next - lambda) <= lambda * 1e-6) return next;
    lambda = next;
  }
  return lambda;
}
