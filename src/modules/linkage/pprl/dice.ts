/** Set bits in a 32-bit word (Hamming weight). */
export function popcount32(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export function popcount(bits: Uint32Array): number {
  let count = 0;
  for (const word of bits) count += popcount32(word);
  return count;
}

/** Dice coefficient of two bit sets: 2|A∩B| / (|A| + |B|); counts are passed in when known. */
export function dice(a: Uint32Array, b: Uint32Array, countA = popcount(a), countB = popcount(b)): number {
  if (countA + countB === 0) return 0;
  let common = 0;
  for (let w = 0; w < a.length; w++) common += popcount32(a[w]! & b[w]!);
  return (2 * common) / (countA + countB);
}
