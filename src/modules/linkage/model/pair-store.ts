import { NULL_LEVEL } from './comparator.ts';

/**
 * Candidate pairs in flat typed arrays: two record indices, the rules that compare them and the
 * pair's pattern of levels. A million records yield tens of millions of pairs, but only thousands
 * of distinct patterns, so each pair stores the number of its pattern (16 bytes a pair in all).
 */
export class PairStore {
  left = new Int32Array(1024);
  right = new Int32Array(1024);
  ruleMasks = new Uint32Array(1024);
  patternOf = new Uint32Array(1024);
  size = 0;
  /** The levels of each pattern, one byte per comparison. */
  readonly patternLevels: number[] = [];
  private readonly patternByCode = new Map<number, number>();

  constructor(private readonly levelCounts: readonly number[]) {}

  get comparisonCount(): number {
    return this.levelCounts.length;
  }

  get patternCount(): number {
    return this.patternByCode.size;
  }

  add(i: number, j: number, ruleMask: number, levels: Uint8Array): void {
    if (this.size === this.left.length) this.grow();
    this.left[this.size] = i;
    this.right[this.size] = j;
    this.ruleMasks[this.size] = ruleMask;
    this.patternOf[this.size] = this.pattern(levels);
    this.size++;
  }

  /** Mixed-radix code of a level vector (missing is the last digit of each comparison). */
  private pattern(levels: Uint8Array): number {
    let code = 0;
    for (let c = 0; c < this.levelCounts.length; c++) {
      const count = this.levelCounts[c]!;
      code = code * (count + 1) + (levels[c] === NULL_LEVEL ? count : levels[c]!);
    }
    let pattern = this.patternByCode.get(code);
    if (pattern === undefined) {
      pattern = this.patternByCode.size;
      this.patternByCode.set(code, pattern);
      for (const level of levels) this.patternLevels.push(level);
    }
    return pattern;
  }

  private grow(): void {
    const capacity = Math.ceil(this.left.length * 1.5);
    this.left = copyInto(new Int32Array(capacity), this.left);
    this.right = copyInto(new Int32Array(capacity), this.right);
    this.ruleMasks = copyInto(new Uint32Array(capacity), this.ruleMasks);
    this.patternOf = copyInto(new Uint32Array(capacity), this.patternOf);
  }
}

function copyInto<T extends Int32Array | Uint32Array>(target: T, source: T): T {
  target.set(source);
  return target;
}
