/**
 * Candidate pairs in flat typed arrays (two record indices, the rules that compared them, one level
 * byte per comparison): a million records can yield a hundred million pairs, far too many for objects.
 */
export class PairStore {
  left = new Int32Array(1024);
  right = new Int32Array(1024);
  ruleMasks = new Uint16Array(1024);
  levels: Uint8Array;
  size = 0;

  constructor(readonly comparisonCount: number) {
    this.levels = new Uint8Array(1024 * comparisonCount);
  }

  /** Appends a pair and returns the offset at which its levels are to be written. */
  add(i: number, j: number, ruleMask: number): number {
    if (this.size === this.left.length) this.grow();
    this.left[this.size] = i;
    this.right[this.size] = j;
    this.ruleMasks[this.size] = ruleMask;
    return this.size++ * this.comparisonCount;
  }

  level(pair: number, comparison: number): number {
    return this.levels[pair * this.comparisonCount + comparison]!;
  }

  private grow(): void {
    const capacity = this.left.length * 2;
    this.left = copyInto(new Int32Array(capacity), this.left);
    this.right = copyInto(new Int32Array(capacity), this.right);
    this.ruleMasks = copyInto(new Uint16Array(capacity), this.ruleMasks);
    this.levels = copyInto(new Uint8Array(capacity * this.comparisonCount), this.levels);
  }
}

function copyInto<T extends Int32Array | Uint16Array | Uint8Array>(target: T, source: T): T {
  target.set(source);
  return target;
}
