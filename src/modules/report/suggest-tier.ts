import {
  type Criterion,
  INDICIA,
  MINIMUM_STANDARDS,
  type Rating,
  type Tier,
  type TierReason,
  type TierRecord,
} from '../../contracts/annual-report.ts';
import type { AnnualFigures } from '../../contracts/statistics.ts';
import { evidenceItem } from './assessment-evidence.ts';

export type TierSuggestion = { tier: Tier; reasons: TierReason[] };

/** An increase of a quarter or more in identified victims over the previous year is significant. */
export const SIGNIFICANT_INCREASE = 0.25;

/** Efforts whose growth is the evidence of increasing efforts the Watch List rule asks for. */
const EFFORT_CODES = [
  'prosecution.investigations',
  'prosecution.prosecutions',
  'prosecution.convictions',
  'protection.survivors_identified',
  'protection.referrals_made',
  'prevention.activities',
];

export type TierInput = {
  year: number;
  current: AnnualFigures;
  previous: AnnualFigures | null;
  ratings: Partial<Record<Criterion, Rating>>;
  history: readonly TierRecord[];
};

/**
 * The tier the figures and the reviewers' judgements suggest (domain.md §10). Tier 1 when reviewers
 * judged every minimum standard met. Otherwise efforts are significant when at least half of the judged
 * indicia are met or partly met — or, before anyone has judged, when the figures show any conviction or
 * prosecution. Significant efforts mean tier 2, or the Watch List when victims increase significantly or
 * no effort grew; a third Watch List year in a row means tier 3 unless waived, and a waiver serves once.
 */
export function suggestTier(input: TierInput): TierSuggestion {
  const { ratings } = input;
  if (MINIMUM_STANDARDS.every((standard) => ratings[standard] === 'met'))
    return { tier: '1', reasons: ['minimum_standards_met'] };
  const reasons: TierReason[] = ['minimum_standards_not_met'];
  const judged = INDICIA.flatMap((criterion) => (ratings[criterion] ? [ratings[criterion]] : []));
  if (judged.length === 0) reasons.push('awaiting_judgements');
  if (!significantEfforts(judged, input.current))
    return { tier: '3', reasons: [...reasons, 'no_significant_efforts'] };
  reasons.push('significant_efforts');
  const watchReasons = watchListReasons(input);
  if (watchReasons.length === 0) return { tier: '2', reasons };
  return watchListLimit(input.year, input.history, [...reasons, ...watchReasons]);
}

function significantEfforts(judged: Rating[], current: AnnualFigures): boolean {
  if (judged.length > 0) return judged.filter((rating) => rating !== 'not_met').length * 2 >= judged.length;
  return ['prosecution.convictions', 'prosecution.prosecutions'].some(
    (code) => (evidenceItem(code, current, null).value ?? 0) > 0,
  );
}

function watchListReasons({ current, previous, ratings }: TierInput): TierReason[] {
  const reasons: TierReason[] = [];
  const victims = evidenceItem('protection.survivors_identified', current, previous);
  if (
    victims.value !== null &&
    victims.previous !== null &&
    victims.previous > 0 &&
    victims.value >= victims.previous * (1 + SIGNIFICANT_INCREASE)
  )
    reasons.push('victims_significantly_increasing');
  const efforts = EFFORT_CODES.map((code) => evidenceItem(code, current, previous)).filter(
    (item) => item.trend !== 'no_comparison',
  );
  const noGrowth = efforts.length > 0 && efforts.every((item) => item.trend !== 'up');
  if (noGrowth || ratings.appreciable_progress === 'not_met')
    reasons.push('no_evidence_of_increasing_efforts');
  return reasons;
}

function watchListLimit(year: number, history: readonly TierRecord[], reasons: TierReason[]): TierSuggestion {
  const on = (when: number) => history.find((record) => record.year === when);
  const lastYear = on(year - 1);
  const yearBefore = on(year - 2);
  if (lastYear?.tier !== '2_watch_list' || yearBefore?.tier !== '2_watch_list')
    return { tier: '2_watch_list', reasons };
  if (lastYear.waived || yearBefore.waived)
    return { tier: '3', reasons: [...reasons, 'watch_list_waiver_used'] };
  return { tier: '3', reasons: [...reasons, 'watch_list_limit', 'watch_list_waiver_available'] };
}
