/**
 * Accuracy of a clustering against the truth, for records 0..n-1 with a predicted cluster and a true
 * person each. Pairwise: every two records in one cluster is a predicted match. B-cubed: per record,
 * the share of its cluster that is its person (precision) and of its person that is in its cluster
 * (recall), averaged over records.
 */
export type Accuracy = {
  precision: number;
  recall: number;
  f1: number;
  bcubedPrecision: number;
  bcubedRecall: number;
  bcubedF1: number;
  truePersons: number;
  predictedPersons: number;
  /** |predicted − true| / true. */
  uniqueCountError: number;
};

export function accuracy(predicted: ArrayLike<number>, truth: ArrayLike<number>): Accuracy {
  const cells = new Map<string, number>();
  const clusterSizes = new Map<number, number>();
  const personSizes = new Map<number, number>();
  for (let record = 0; record < predicted.length; record++) {
    const cluster = predicted[record]!;
    const person = truth[record]!;
    increment(cells, `${cluster}:${person}`);
    increment(clusterSizes, cluster);
    increment(personSizes, person);
  }
  let truePositives = 0;
  let bcubedPrecisionSum = 0;
  let bcubedRecallSum = 0;
  for (const [key, overlap] of cells) {
    const [cluster, person] = key.split(':').map(Number) as [number, number];
    truePositives += pairs(overlap);
    bcubedPrecisionSum += (overlap * overlap) / clusterSizes.get(cluster)!;
    bcubedRecallSum += (overlap * overlap) / personSizes.get(person)!;
  }
  const predictedPairs = sumPairs(clusterSizes);
  const truePairs = sumPairs(personSizes);
  const precision = predictedPairs === 0 ? 1 : truePositives / predictedPairs;
  const recall = truePairs === 0 ? 1 : truePositives / truePairs;
  const bcubedPrecision = bcubedPrecisionSum / predicted.length;
  const bcubedRecall = bcubedRecallSum / predicted.length;
  return {
    precision,
    recall,
    f1: harmonic(precision, recall),
    bcubedPrecision,
    bcubedRecall,
    bcubedF1: harmonic(bcubedPrecision, bcubedRecall),
    truePersons: personSizes.size,
    predictedPersons: clusterSizes.size,
    uniqueCountError: Math.abs(clusterSizes.size - personSizes.size) / personSizes.size,
  };
}

function increment<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function pairs(count: number): number {
  return (count * (count - 1)) / 2;
}

function sumPairs(sizes: Map<number, number>): number {
  let total = 0;
  for (const size of sizes.values()) total += pairs(size);
  return total;
}

function harmonic(a: number, b: number): number {
  return a + b === 0 ? 0 : (2 * a * b) / (a + b);
}
