/**
 * Fellegi–Sunter parameters. For each comparison level, m is the probability of the level among
 * pairs of records of the same person and u among pairs of different people; log2(m/u) is the
 * level's weight of evidence in bits. A pair's match weight is the prior log-odds that two records
 * match plus the weights of its levels, and its match probability follows from it.
 */
export type ComparisonParameters = { name: string; m: number[]; u: number[] };

export type ModelParameters = {
  comparisons: ComparisonParameters[];
  /** Probability that two records drawn at random are the same person. */
  matchProbability: number;
};

export function log2Odds(probability: number): number {
  return Math.log2(probability / (1 - probability));
}

export function probabilityFromWeight(weight: number): number {
  return 1 / (1 + 2 ** -weight);
}

export function levelWeights(parameters: ComparisonParameters): number[] {
  return parameters.m.map((m, level) => Math.log2(m / parameters.u[level]!));
}
