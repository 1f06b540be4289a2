import { averageLinkage } from './average-linkage.ts';
import { UnionFind } from './union-find.ts';

export type ClusterInput = {
  recordCount: number;
  /** Compared pairs and their match weights (log-odds, prior included). */
  left: Int32Array;
  right: Int32Array;
  weights: Float32Array;
  pairCount: number;
  thresholdWeight: number;
  /** Weight of a pair blocking did not compare. */
  weightOf(i: number, j: number): number;
  /** Components larger than this are first cut at higher thresholds, to bound the cubic step. */
  maxGroupSize: number;
};

export type Clustering = {
  /** Cluster number per record, numbered in order of each cluster's first record. */
  clusterOf: Int32Array;
  /** Per record, its strongest link inside its cluster; NaN for a record alone. */
  strongestLink: Float64Array;
};

/** How much the threshold rises each time an oversized component is cut again. */
const CUT_STEP = 2;

/**
 * Connected components of the links above the threshold, each then split by average linkage so that
 * no record is chained into a cluster it does not fit as a whole (see `averageLinkage`).
 */
export function clusterRecords(input: ClusterInput): Clustering {
  const groups = components(input, allRecordsOf(input), input.thresholdWeight).filter(
    (group) => group.length > 1,
  );
  const matrices = weightMatrices(input, groups);
  const labels = new Int32Array(input.recordCount).fill(-1);
  const strongestLink = new Float64Array(input.recordCount).fill(Number.NaN);
  let nextLabel = 0;
  groups.forEach((group, g) => {
    const matrix = matrices[g]!;
    const local = averageLinkage(matrix, group.length, input.thresholdWeight);
    group.forEach((record, a) => {
      labels[record] = nextLabel + local[a]!;
      for (let b = 0; b < group.length; b++) {
        if (b === a || local[b] !== local[a]) continue;
        const weight = matrix[a * group.length + b]!;
        if (!(weight <= strongestLink[record]!)) strongestLink[record] = weight;
      }
    });
    nextLabel += group.length;
  });
  return { clusterOf: renumber(labels), strongestLink };
}

function allRecordsOf(input: ClusterInput): Int32Array {
  return Int32Array.from({ length: input.recordCount }, (_, i) => i);
}

/** Groups of records linked above `threshold`, cutting again any that is too large. */
function components(input: ClusterInput, members: Int32Array, threshold: number): Int32Array[] {
  const inGroup = new Uint8Array(input.recordCount);
  for (const record of members) inGroup[record] = 1;
  const sets = new UnionFind(input.recordCount);
  for (let pair = 0; pair < input.pairCount; pair++) {
    const i = input.left[pair]!;
    const j = input.right[pair]!;
    if (inGroup[i] && inGroup[j] && input.weights[pair]! >= threshold) sets.union(i, j);
  }
  const byRoot = new Map<number, number[]>();
  for (const record of members) {
    const root = sets.find(record);
    const group = byRoot.get(root);
    if (group) group.push(record);
    else byRoot.set(root, [record]);
  }
  return [...byRoot.values()].flatMap((group) =>
    group.length > input.maxGroupSize
      ? components(input, Int32Array.from(group), threshold + CUT_STEP)
      : [Int32Array.from(group)],
  );
}

/** The full weight matrix of each group: compared pairs in one pass, the others computed. */
function weightMatrices(input: ClusterInput, groups: readonly Int32Array[]): Float64Array[] {
  const groupOf = new Int32Array(input.recordCount).fill(-1);
  const position = new Int32Array(input.recordCount);
  groups.forEach((group, g) => {
    group.forEach((record, index) => {
      groupOf[record] = g;
      position[record] = index;
    });
  });
  const matrices = groups.map((group) => new Float64Array(group.length * group.length).fill(Number.NaN));
  for (let pair = 0; pair < input.pairCount; pair++) {
    const i = input.left[pair]!;
    const j = input.right[pair]!;
    const g = groupOf[i]!;
    if (g < 0 || groupOf[j] !== g) continue;
    const k = groups[g]!.length;
    matrices[g]![position[i]! * k + position[j]!] = input.weights[pair]!;
    matrices[g]![position[j]! * k + position[i]!] = input.weights[pair]!;
  }
  groups.forEach((group, g) => {
    const k = group.length;
    const matrix = matrices[g]!;
    for (let a = 0; a < k; a++) {
      for (let b = a + 1; b < k; b++) {
        if (!Number.isNaN(matrix[a * k + b]!)) continue;
        const weight = input.weightOf(group[a]!, group[b]!);
        matrix[a * k + b] = weight;
        matrix[b * k + a] = weight;
      }
    }
  });
  return matrices;
}

/** Consecutive cluster numbers in record order; a record outside every group is a cluster alone. */
function renumber(labels: Int32Array): Int32Array {
  const numbers = new Map<number, number>();
  return labels.map((label, record) => {
    const key = label >= 0 ? label : -1 - record;
    let number = numbers.get(key);
    if (number === undefined) {
      number = numbers.size;
      numbers.set(key, number);
    }
    return number;
  });
}
