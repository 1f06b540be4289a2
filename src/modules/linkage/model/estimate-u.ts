import type { PreparedRecord } from '../record.ts';
import type { Comparator } from './comparator.ts';
import { NULL_LEVEL } from './comparator.ts';

/**
 * u probabilities from pairs drawn at random: almost all of them are different people, so the
 * share of each level among them is the chance of that level without a match. Every level gets one
 * pseudo-observation, so a level never seen at random is rare rather than impossible. Small inputs
 * use every pair.
 */
export function estimateU(
  records: readonly PreparedRecord[],
  comparator: Comparator,
  sampleSize: number,
  random: () => number,
): number[][] {
  const counts = comparator.comparisons.map((comparison) => new Float64Array(comparison.levelCount));
  const levels = new Uint8Array(counts.length);
  const tally = (a: PreparedRecord, b: PreparedRecord) => {
    comparator.compare(a, b, levels, 0);
    levels.forEach((level, c) => {
      if (level !== NULL_LEVEL) counts[c]![level]!++;
    });
  };
  const n = records.length;
  if ((n * (n - 1)) / 2 <= sampleSize) {
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) tally(records[i]!, records[j]!);
  } else {
    for (let drawn = 0; drawn < sampleSize; drawn++) {
      const i = Math.floor(random() * n);
      let j = Math.floor(random() * (n - 1));
      if (j >= i) j++;
      tally(records[i]!, records[j]!);
    }
  }
  return counts.map((levelCounts) => {
    const total = levelCounts.reduce((sum, count) => sum + count, 0) + levelCounts.length;
    return Array.from(levelCounts, (count) => (count + 1) / total);
  });
}
