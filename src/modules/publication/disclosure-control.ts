/**
 * Small-count suppression. A count from 1 to threshold − 1 is suppressed (primary suppression), and
 * enough other counts of the same margin are suppressed with it (complementary suppression) that no
 * suppressed count can be worked out from the published ones: not by subtracting the published cells
 * from the published total, nor by knowing that suppressed cells are not zero (zeros are published).
 */

export type CountCell = { key: string; value: number };
export type ProtectedCount = { key: string; value: number | null; suppressed: boolean };

export const isSmallCount = (value: number, threshold: number): boolean => value > 0 && value < threshold;

/**
 * A set of suppressed counts whose sum S is known (total minus published cells) is safe when there are
 * at least two and, each being at least 1, the largest value any one of them could take, S − (m − 1),
 * reaches the threshold: a reader learns neither a value nor that one is small.
 */
export function isSafeSuppression(hiddenValues: readonly number[], threshold: number): boolean {
  if (hiddenValues.length === 0) return true;
  const sum = hiddenValues.reduce((total, value) => total + value, 0);
  return hiddenValues.length >= 2 && sum - (hiddenValues.length - 1) >= threshold;
}

/**
 * Protects one margin of a total (a breakdown, or the agencies behind a figure). When the total itself
 * is suppressed, every cell is, since any published cell would bound it. Complements are the smallest
 * published non-zero cells; when even suppressing all of them is not safe, the whole margin is withheld,
 * zeros included, which tells a reader no more than the total does.
 */
export function protectMargin(
  cells: readonly CountCell[],
  threshold: number,
  totalSuppressed: boolean,
): ProtectedCount[] {
  if (totalSuppressed) return cells.map(suppress);
  const hidden = new Set(
    cells.flatMap((cell, index) => (isSmallCount(cell.value, threshold) ? [index] : [])),
  );
  const hiddenValues = () => [...hidden].map((index) => cells[index]!.value);
  while (!isSafeSuppression(hiddenValues(), threshold)) {
    const complement = smallestPublishedNonZero(cells, hidden);
    if (complement === undefined) return cells.map(suppress);
    hidden.add(complement);
  }
  return cells.map((cell, index) => (hidden.has(index) ? suppress(cell) : publish(cell)));
}

function smallestPublishedNonZero(cells: readonly CountCell[], hidden: ReadonlySet<number>) {
  let best: number | undefined;
  cells.forEach((cell, index) => {
    if (hidden.has(index) || cell.value === 0) return;
    const current = best === undefined ? undefined : cells[best]!;
    if (!current || cell.value < current.value || (cell.value === current.value && cell.key < current.key))
      best = index;
  });
  return best;
}

const suppress = (cell: CountCell): ProtectedCount => ({ key: cell.key, value: null, suppressed: true });
const publish = (cell: CountCell): ProtectedCount => ({
  key: cell.key,
  value: cell.value,
  suppressed: false,
});
