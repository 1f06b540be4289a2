import type { Assessment, Criterion, Judgement, TierRecord } from '../../contracts/annual-report.ts';
import type { AnnualFigures } from '../../contracts/statistics.ts';
import { assessmentEvidence } from './assessment-evidence.ts';
import { suggestTier } from './suggest-tier.ts';

export type AssessmentInputs = {
  current: AnnualFigures;
  previous: AnnualFigures | null;
  judgements: Partial<Record<Criterion, Judgement>>;
  history: readonly TierRecord[];
};

/** The scorecard: each criterion with its evidence and judgement, and the tier they suggest. */
export function composeAssessment({ current, previous, judgements, history }: AssessmentInputs): Assessment {
  const year = current.year;
  const ratings = Object.fromEntries(
    Object.entries(judgements).map(([criterion, judgement]) => [criterion, judgement?.rating]),
  );
  return {
    year,
    assessedTier: history.find((record) => record.year === year) ?? null,
    suggestion: suggestTier({ year, current, previous, ratings, history }),
    criteria: assessmentEvidence(current, previous).map(({ criterion, items }) => ({
      criterion,
      evidence: items,
      judgement: judgements[criterion] ?? null,
    })),
    history: [...history].filter((record) => record.year < year).sort((a, b) => a.year - b.year),
  };
}
