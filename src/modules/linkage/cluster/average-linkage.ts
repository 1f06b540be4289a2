/**
 * Splits one connected component into persons. Records joined by links above the threshold can
 * still be very different people chained through one record that resembles both (a partial record
 * matching two siblings, say). Groups are merged from the most to the least similar, and only while
 * the mean weight over every pair of records across the two groups clears the threshold, so a record
 * joins a group only if it fits the group as a whole, not just one member of it.
 *
 * `weights` is the full symmetric k×k matrix of match weights (log-odds, prior included).
 * Returns a group number per member.
 */
export function averageLinkage(weights: Float64Array, k: number, thresholdWeight: number): Int32Array {
  const crossSums = Float64Array.from(weights);
  const sizes = new Int32Array(k).fill(1);
  const active = new Uint8Array(k).fill(1);
  const groupOf = Int32Array.from({ length: k }, (_, i) => i);
  for (;;) {
    let best = Number.NEGATIVE_INFINITY;
    let bestA = -1;
    let bestB = -1;
    for (let a = 0; a < k; a++) {
      if (!active[a]) continue;
      for (let b = a + 1; b < k; b++) {
        if (!active[b]) continue;
        const mean = crossSums[a * k + b]! / (sizes[a]! * sizes[b]!);
        if (mean > best) {
          best = mean;
          bestA = a;
          bestB = b;
        }
      }
    }
    if (bestA < 0 || best < thresholdWeight) break;
    mergeInto(bestA, bestB);
  }
  return groupOf;

  function mergeInto(a: number, b: number): void {
    for (let x = 0; x < k; x++) {
      crossSums[a * k + x]! += crossSums[b * k + x]!;
      crossSums[x * k + a] = crossSums[a * k + x]!;
    }
    sizes[a]! += sizes[b]!;
    active[b] = 0;
    for (let member = 0; member < k; member++) if (groupOf[member] === b) groupOf[member] = a;
  }
}
