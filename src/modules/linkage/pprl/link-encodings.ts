import { dice, popcount } from './dice.ts';
import { bandKeys, DEFAULT_LSH, forEachLshPair, type LshOptions } from './lsh-blocking.ts';

export type EncodedRecord = { id: string; source: string; clk: Uint32Array };

export type EncodingLinkage = {
  clusterOf: Int32Array;
  /** Per record, the Dice similarity of the link that placed it in its cluster; NaN when alone. */
  strongestDice: Float64Array;
  pairsCompared: number;
};

/**
 * Links the encodings of several parties. Pairs from LSH blocking whose Dice similarity reaches the
 * threshold are taken from the most to the least similar, and two clusters join only if they hold no
 * records of the same party: as in anonlink's greedy solver, each party is expected to have removed
 * its own duplicates before encoding (it can, with `enlace link` on its own plain data).
 */
export function linkEncodings(
  records: readonly EncodedRecord[],
  threshold: number,
  lsh: LshOptions = DEFAULT_LSH,
): EncodingLinkage {
  const sourceIds = new Map<string, number>();
  const sources = Int32Array.from(records, (record) => {
    if (!sourceIds.has(record.source)) sourceIds.set(record.source, sourceIds.size);
    return sourceIds.get(record.source)!;
  });
  const clks = records.map((record) => record.clk);
  const counts = clks.map(popcount);
  const edges: { i: number; j: number; similarity: number }[] = [];
  let pairsCompared = 0;
  forEachLshPair(bandKeys(clks, lsh), sources, lsh, (i, j) => {
    pairsCompared++;
    const similarity = dice(clks[i]!, clks[j]!, counts[i], counts[j]);
    if (similarity >= threshold) edges.push({ i, j, similarity });
  });
  edges.sort((x, y) => y.similarity - x.similarity || x.i - y.i || x.j - y.j);
  const clusterOf = Int32Array.from(records, (_, i) => i);
  const members = records.map((_, i) => [i]);
  const strongestDice = new Float64Array(records.length).fill(Number.NaN);
  for (const { i, j, similarity } of edges) {
    const a = clusterOf[i]!;
    const b = clusterOf[j]!;
    if (a === b) continue;
    const partiesOfA = new Set(members[a]!.map((record) => sources[record]));
    if (members[b]!.some((record) => partiesOfA.has(sources[record]!))) continue;
    for (const record of members[b]!) clusterOf[record] = a;
    members[a]!.push(...members[b]!);
    members[b] = [];
    if (Number.isNaN(strongestDice[i]!)) strongestDice[i] = similarity;
    if (Number.isNaN(strongestDice[j]!)) strongestDice[j] = similarity;
  }
  return { clusterOf: renumbered(clusterOf), strongestDice, pairsCompared };
}

function renumbered(clusterOf: Int32Array): Int32Array {
  const numbers = new Map<number, number>();
  return clusterOf.map((cluster) => {
    if (!numbers.has(cluster)) numbers.set(cluster, numbers.size);
    return numbers.get(cluster)!;
  });
}
