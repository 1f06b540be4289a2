import { NULL_LEVEL } from './comparator.ts';
import type { PairStore } from './pair-store.ts';

/** Distinct level vectors with how many pairs have each: what expectation-maximisation works on. */
export type Patterns = { levels: Uint8Array; counts: Float64Array; comparisonCount: number };

/** Patterns of the stored pairs that a rule compared (every pair when `ruleBit` is 0). */
export function collectPatterns(store: PairStore, levelCounts: readonly number[], ruleBit: number): Patterns {
  const comparisonCount = levelCounts.length;
  const indexByCode = new Map<number, number>();
  const levels: number[] = [];
  const counts: number[] = [];
  for (let pair = 0; pair < store.size; pair++) {
    if (ruleBit !== 0 && (store.ruleMasks[pair]! & ruleBit) === 0) continue;
    let code = 0;
    for (let c = 0; c < comparisonCount; c++) {
      const level = store.level(pair, c);
      code = code * (levelCounts[c]! + 1) + (level === NULL_LEVEL ? levelCounts[c]! : level);
    }
    const index = indexByCode.get(code);
    if (index !== undefined) {
      counts[index]!++;
      continue;
    }
    indexByCode.set(code, counts.length);
    counts.push(1);
    for (let c = 0; c < comparisonCount; c++) levels.push(store.level(pair, c));
  }
  return { levels: Uint8Array.from(levels), counts: Float64Array.from(counts), comparisonCount };
}
