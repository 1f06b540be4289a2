/**
 * True when `b` is `a` with at most one typing error: one character replaced, inserted or deleted,
 * or two neighbouring characters exchanged. Linear time, because it runs on every compared pair.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const lengthDifference = a.length - b.length;
  if (lengthDifference > 1 || lengthDifference < -1) return false;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length - 1;
  let endB = b.length - 1;
  while (endA >= start && endB >= start && a[endA] === b[endB]) {
    endA--;
    endB--;
  }
  const differingA = endA - start + 1;
  const differingB = endB - start + 1;
  if (differingA <= 1 && differingB <= 1) return true;
  return differingA === 2 && differingB === 2 && a[start] === b[endB] && a[endA] === b[start];
}
