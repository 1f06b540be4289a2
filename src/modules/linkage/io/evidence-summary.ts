import { explainPair } from '../explain.ts';
import type { TrainedLinkage } from '../link-records.ts';
import type { LevelSpec } from '../model/spec.ts';

/**
 * One line of evidence for a review file, "given_names=exact:+7.1; birth_date=disagree:-9.3", in the
 * model's own vocabulary, so a reviewer tool can show it in any language.
 */
export function evidenceSummary(trained: TrainedLinkage, first: number, second: number): string {
  return explainPair(trained, first, second)
    .lines.filter((line) => line.outcome !== 'missing')
    .map((line) => {
      const bits = line.weight + (line.termFrequency?.weight ?? 0);
      return `${line.comparison}=${line.level ? levelName(line.level) : 'disagree'}:${bits >= 0 ? '+' : ''}${bits.toFixed(1)}`;
    })
    .join('; ');
}

function levelName(level: LevelSpec): string {
  if ('atLeast' in level) return `${level.kind}>=${level.atLeast}`;
  if ('length' in level) return `${level.kind}(${level.length})`;
  if ('years' in level) return `${level.kind}(${level.years})`;
  return level.kind;
}
