/**
 * Jaro–Winkler similarity (Winkler 1990: prefix scale 0.1, up to 4 prefix characters). Written out
 * rather than imported because it is short and runs millions of times per linkage: the buffers are
 * reused between calls.
 */
let matchedInA = new Uint8Array(64);
let matchedInB = new Uint8Array(64);

function ensureCapacity(length: number): void {
  if (matchedInA.length >= length) return;
  matchedInA = new Uint8Array(length * 2);
  matchedInB = new Uint8Array(length * 2);
}

export function jaro(a: string, b: string): number {
  if (a === b) return a.length === 0 ? 0 : 1;
  if (a.length === 0 || b.length === 0) return 0;
  ensureCapacity(Math.max(a.length, b.length));
  matchedInA.fill(0, 0, a.length);
  matchedInB.fill(0, 0, b.length);
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(b.length - 1, i + window);
    for (let j = from; j <= to; j++) {
      if (matchedInB[j] || a.charCodeAt(i) !== b.charCodeAt(j)) continue;
      matchedInA[i] = 1;
      matchedInB[j] = 1;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let halfTranspositions = 0;
  let k = 0;
  for (let i = 0; i < a.length; i++) {
    if (!matchedInA[i]) continue;
    while (!matchedInB[k]) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) halfTranspositions++;
    k++;
  }
  const transpositions = halfTranspositions / 2;
  return (matches / a.length + matches / b.length + (matches - transpositions) / matches) / 3;
}

export function jaroWinkler(a: string, b: string): number {
  const similarity = jaro(a, b);
  let prefix = 0;
  const limit = Math.min(4, a.length, b.length);
  while (prefix < limit && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return similarity + prefix * 0.1 * (1 - similarity);
}
