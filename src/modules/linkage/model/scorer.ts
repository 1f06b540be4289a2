import type { PreparedRecord } from '../record.ts';
import type { Comparator } from './comparator.ts';
import { NULL_LEVEL } from './comparator.ts';
import type { PairStore } from './pair-store.ts';
import { type ComparisonParameters, levelWeights } from './parameters.ts';
import type { TermFrequencies } from './term-frequency.ts';

/**
 * Adds up the evidence of a pair, in bits: the weight of each comparison's level, plus, for an
 * exact agreement on a value with a frequency table, the term-frequency adjustment log2(u / f),
 * where f is the share of records with that value. A rare surname shared is strong evidence; a
 * shared "Hernández" much less. Levels of missing values weigh nothing.
 */
export class Scorer {
  readonly weights: Float64Array[];
  /** Per comparison with term frequencies, the adjustment for an exact agreement on each record's value. */
  readonly termFrequencyWeights: (Float32Array | null)[];
  private readonly scratch: Uint8Array;

  constructor(
    readonly comparator: Comparator,
    parameters: readonly ComparisonParameters[],
    frequencies: TermFrequencies,
    readonly records: readonly PreparedRecord[],
  ) {
    this.weights = parameters.map((comparison) => Float64Array.from(levelWeights(comparison)));
    this.termFrequencyWeights = comparator.comparisons.map((comparison, c) => {
      const table = comparison.spec.termFrequency
        ? frequencies.get(comparison.spec.termFrequency)
        : undefined;
      if (!table) return null;
      const exactU = parameters[c]!.u[0]!;
      return Float32Array.from(records, (record) => {
        const value = comparison.value(record);
        return value === null ? 0 : Math.log2(exactU / table.get(value)!);
      });
    });
    this.scratch = new Uint8Array(comparator.comparisons.length);
  }

  /** Evidence of levels stored at `offset`, for a pair whose first record is `first`. */
  evidence(levels: Uint8Array, offset: number, first: number): number {
    let bits = 0;
    for (let c = 0; c < this.weights.length; c++) {
      const level = levels[offset + c]!;
      if (level === NULL_LEVEL) continue;
      bits += this.weights[c]![level]!;
      if (level === 0) bits += this.termFrequencyWeights[c]?.[first] ?? 0;
    }
    return bits;
  }

  /** Evidence of every stored pair: once per pattern, plus each pair's term-frequency adjustments. */
  storedPairEvidence(store: PairStore): Float32Array {
    const patterns = store.patternCount;
    const levels = Uint8Array.from(store.patternLevels);
    const comparisons = this.weights.length;
    const patternEvidence = new Float64Array(patterns);
    const exactWithFrequencies: number[][] = [];
    for (let pattern = 0; pattern < patterns; pattern++) {
      let bits = 0;
      const adjusted: number[] = [];
      for (let c = 0; c < comparisons; c++) {
        const level = levels[pattern * comparisons + c]!;
        if (level === NULL_LEVEL) continue;
        bits += this.weights[c]![level]!;
        if (level === 0 && this.termFrequencyWeights[c]) adjusted.push(c);
      }
      patternEvidence[pattern] = bits;
      exactWithFrequencies.push(adjusted);
    }
    const evidence = new Float32Array(store.size);
    for (let pair = 0; pair < store.size; pair++) {
      const pattern = store.patternOf[pair]!;
      let bits = patternEvidence[pattern]!;
      for (const c of exactWithFrequencies[pattern]!)
        bits += this.termFrequencyWeights[c]![store.left[pair]!]!;
      evidence[pair] = bits;
    }
    return evidence;
  }

  /** Compares two records that blocking did not pair (clustering needs every pair within a cluster). */
  compareRecords(first: number, second: number): number {
    this.comparator.compare(this.records[first]!, this.records[second]!, this.scratch, 0);
    return this.evidence(this.scratch, 0, first);
  }
}
