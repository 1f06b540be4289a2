import { seededRandom } from '../random.ts';
import { CLK_BITS } from './clk-schema.ts';

/**
 * Blocking on encodings by Hamming locality-sensitive hashing: each band samples a fixed set of bit
 * positions, and records whose CLKs agree on all of them share the band's block. Two CLKs that
 * differ in a few bits agree on a band with high probability, two unrelated ones almost never, and
 * nothing but the encodings is needed (no keyed blocking values that would leak equalities). The
 * positions are public: they come from a fixed seed, not from the secret.
 */
export type LshOptions = { bands: number; bitsPerBand: number; maxBlockSize: number };

export const DEFAULT_LSH: LshOptions = { bands: 80, bitsPerBand: 12, maxBlockSize: 2000 };

const POSITIONS_SEED = 0x5eed;

export function bandKeys(clks: readonly Uint32Array[], options: LshOptions): Int32Array {
  const random = seededRandom(POSITIONS_SEED);
  const positions = Array.from({ length: options.bands }, () =>
    Array.from({ length: options.bitsPerBand }, () => Math.floor(random() * CLK_BITS)),
  );
  const keys = new Int32Array(clks.length * options.bands);
  clks.forEach((clk, record) => {
    positions.forEach((bandPositions, band) => {
      let key = 0;
      for (const position of bandPositions)
        key = (key << 1) | ((clk[position >>> 5]! >>> (position & 31)) & 1);
      keys[record * options.bands + band] = key;
    });
  });
  return keys;
}

/**
 * Visits each pair of records from different sources that shares at least one band, once (from
 * its first shared band).
 */
export function forEachLshPair(
  keys: Int32Array,
  sources: Int32Array,
  options: LshOptions,
  visit: (i: number, j: number) => void,
): void {
  const { bands } = options;
  const n = sources.length;
  for (let band = 0; band < bands; band++) {
    const blocks = new Map<number, number[]>();
    for (let record = 0; record < n; record++) {
      const key = keys[record * bands + band]!;
      const block = blocks.get(key);
      if (block) block.push(record);
      else blocks.set(key, [record]);
    }
    for (const block of blocks.values()) {
      if (block.length < 2 || block.length > options.maxBlockSize) continue;
      for (let x = 0; x < block.length; x++) {
        for (let y = x + 1; y < block.length; y++) {
          const i = block[x]!;
          const j = block[y]!;
          if (sources[i] === sources[j] || sharedEarlier(keys, bands, band, i, j)) continue;
          visit(i, j);
        }
      }
    }
  }
}

function sharedEarlier(keys: Int32Array, bands: number, band: number, i: number, j: number): boolean {
  for (let earlier = 0; earlier < band; earlier++) {
    if (keys[i * bands + earlier] === keys[j * bands + earlier]) return true;
  }
  return false;
}
