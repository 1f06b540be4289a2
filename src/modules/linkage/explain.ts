import type { TrainedLinkage } from './link-records.ts';
import { rulesComparing } from './model/blocking.ts';
import { NULL_LEVEL } from './model/comparator.ts';
import { type NameOrientation, orientNames } from './model/name-orientation.ts';
import { probabilityFromWeight } from './model/parameters.ts';
import type { LevelSpec } from './model/spec.ts';

export type EvidenceLine = {
  comparison: string;
  /** `level` is one of the declared levels; `disagree` none of them; `missing` a value is absent. */
  outcome: 'level' | 'disagree' | 'missing';
  level: LevelSpec | null;
  m: number | null;
  u: number | null;
  /** log2(m/u), in bits; zero when a value is missing. */
  weight: number;
  termFrequency: { value: string; share: number; weight: number } | null;
};

/** A match weight as a sum: the prior, then each comparison's evidence. */
export type Explanation = {
  priorWeight: number;
  lines: EvidenceLine[];
  matchWeight: number;
  matchProbability: number;
  /** How the second record's names were read against the first's. */
  nameOrientation: NameOrientation;
  /** Blocking rules that compare the pair; empty when blocking never brings it together. */
  blockingRules: string[];
};

export function explainPair(trained: TrainedLinkage, first: number, second: number): Explanation {
  const { comparator, scorer, parameters, records } = trained;
  const a = records[first]!;
  const b = records[second]!;
  const levels = new Uint8Array(comparator.comparisons.length);
  comparator.compare(a, b, levels, 0);
  const lines = comparator.comparisons.map((comparison, c): EvidenceLine => {
    const level = levels[c]!;
    const { m, u } = parameters.comparisons[c]!;
    if (level === NULL_LEVEL) {
      return {
        comparison: comparison.spec.name,
        outcome: 'missing',
        level: null,
        m: null,
        u: null,
        weight: 0,
        termFrequency: null,
      };
    }
    const declared = level < comparison.spec.levels.length;
    const adjustment = level === 0 ? scorer.termFrequencyWeights[c]?.[first] : undefined;
    const value = comparison.value(a);
    return {
      comparison: comparison.spec.name,
      outcome: declared ? 'level' : 'disagree',
      level: declared ? comparison.spec.levels[level]! : null,
      m: m[level]!,
      u: u[level]!,
      weight: scorer.weights[c]![level]!,
      termFrequency:
        adjustment === undefined || value === null
          ? null
          : { value, share: u[0]! / 2 ** adjustment, weight: adjustment },
    };
  });
  const matchWeight = lines.reduce(
    (sum, line) => sum + line.weight + (line.termFrequency?.weight ?? 0),
    trained.priorWeight,
  );
  const mask = rulesComparing(trained.blocking, first, second);
  return {
    priorWeight: trained.priorWeight,
    lines,
    matchWeight,
    matchProbability: probabilityFromWeight(matchWeight),
    nameOrientation: orientNames(a, b),
    blockingRules: trained.spec.blockingRules
      .filter((_, r) => (mask & (1 << r)) !== 0)
      .map((rule) => rule.name),
  };
}
