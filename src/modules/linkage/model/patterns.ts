import type { PairStore } from './pair-store.ts';

/** Distinct level vectors with how many pairs have each: what expectation-maximisation works on. */
export type Patterns = { levels: Uint8Array; counts: Float64Array; comparisonCount: number };

/** Patterns of the stored pairs that a rule compared (every pair when `ruleBit` is 0). */
export function collectPatterns(store: PairStore, ruleBit: number): Patterns {
  const counts = new Float64Array(store.patternCount);
  for (let pair = 0; pair < store.size; pair++) {
    if (ruleBit === 0 || (store.ruleMasks[pair]! & ruleBit) !== 0) counts[store.patternOf[pair]!]!++;
  }
  return { levels: Uint8Array.from(store.patternLevels), counts, comparisonCount: store.comparisonCount };
}
