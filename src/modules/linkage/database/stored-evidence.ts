import type { Explanation } from '../explain.ts';
import type { LevelSpec } from '../model/spec.ts';

/** One comparison's share of a pair's match weight, without the values compared. */
export type StoredEvidenceLine = {
  comparison: string;
  outcome: 'level' | 'disagree' | 'missing';
  /** The level in the model's vocabulary ("exact", "jaroWinkler>=0.92"); null when none held. */
  level: string | null;
  weight: number;
  /** Adjustment for how common the agreed value is; null when no frequency applies. */
  termFrequencyWeight: number | null;
};

export type StoredEvidence = { priorWeight: number; lines: StoredEvidenceLine[] };

export function levelName(level: LevelSpec): string {
  if ('atLeast' in level) return `${level.kind}>=${level.atLeast}`;
  if ('length' in level) return `${level.kind}(${level.length})`;
  if ('years' in level) return `${level.kind}(${level.years})`;
  return level.kind;
}

/** The explanation kept with a pair: the value behind a term-frequency adjustment is dropped. */
export function storedEvidence(explanation: Explanation): StoredEvidence {
  return {
    priorWeight: explanation.priorWeight,
    lines: explanation.lines.map((line) => ({
      comparison: line.comparison,
      outcome: line.outcome,
      level: line.level ? levelName(line.level) : null,
      weight: line.weight,
      termFrequencyWeight: line.termFrequency?.weight ?? null,
    })),
  };
}
