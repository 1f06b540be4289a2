import type { TrainedLinkage } from '../link-records.ts';
import { buildBlockingIndex } from '../model/blocking.ts';
import { compileComparator } from '../model/comparator.ts';
import { defaultModel } from '../model/default-model.ts';
import { PairStore } from '../model/pair-store.ts';
import { Scorer } from '../model/scorer.ts';
import type { TermFrequencies } from '../model/term-frequency.ts';
import type { PreparedRecord } from '../record.ts';
import { priorWeightFor, type StoredModel } from './stored-model.ts';

const STANDARD_SPEC = defaultModel([]);
const STANDARD_COMPARATOR = compileComparator(STANDARD_SPEC.comparisons, []);

/** The model `enlace link` uses on the standard fields: the database links the same way. */
export const STANDARD_MODEL = { spec: STANDARD_SPEC, comparator: STANDARD_COMPARATOR } as const;

/** Share of a frequency domain's values equal to `value` in the whole population, if it is known. */
export type ShareOf = (domain: string, value: string) => number | undefined;

/**
 * A stored model applied to a batch of records: the same scorer and explanations as `enlace link`,
 * without training. Term frequencies come from the whole population (`shareOf`); where a domain has
 * too few values to say what is common, an exact agreement weighs its plain m/u.
 */
export function scoringContext(
  records: PreparedRecord[],
  model: StoredModel,
  population: number,
  shareOf: ShareOf,
): TrainedLinkage {
  const { spec, comparator } = STANDARD_MODEL;
  const frequencies = new Map<string, Map<string, number>>();
  comparator.comparisons.forEach((comparison, c) => {
    const domain = comparison.spec.termFrequency;
    if (!domain) return;
    const table = frequencies.get(domain) ?? new Map<string, number>();
    frequencies.set(domain, table);
    const plainShare = model.comparisons[c]!.u[0]!;
    for (const record of records) {
      const value = comparison.value(record);
      if (value !== null && !table.has(value)) table.set(value, shareOf(domain, value) ?? plainShare);
    }
  });
  const scorer = new Scorer(comparator, model.comparisons, frequencies as TermFrequencies, records);
  return {
    records,
    spec,
    comparator,
    scorer,
    parameters: { comparisons: model.comparisons, matchProbability: model.matchProbability },
    sessions: [],
    blocking: buildBlockingIndex(records, spec.blockingRules, [], spec.maxBlockSize),
    blockingStats: [],
    pairs: new PairStore(comparator.comparisons.map((comparison) => comparison.levelCount)),
    pairWeights: new Float32Array(0),
    priorWeight: priorWeightFor(model, population),
  };
}
