import { CRITERIA, type Criterion, type EvidenceItem } from '../../contracts/annual-report.ts';
import type { AnnualFigures } from '../../contracts/statistics.ts';
import { CRITERION_EVIDENCE } from './assessment-criteria.ts';
import { figureByCode } from './narrative.ts';

type Trend = EvidenceItem['trend'];

export type CriterionEvidence = { criterion: Criterion; items: EvidenceItem[] };

export function trendOf(value: number | null, previous: number | null): Trend {
  if (value === null || previous === null) return 'no_comparison';
  if (value === previous) return 'same';
  return value > previous ? 'up' : 'down';
}

export function evidenceItem(
  code: string,
  current: AnnualFigures,
  previous: AnnualFigures | null,
): EvidenceItem {
  const now = figureByCode(current, code);
  const before = figureByCode(previous, code);
  const value = now?.value ?? null;
  const earlier = before?.value ?? null;
  return {
    code,
    value,
    previous: earlier,
    atLeast: now?.provenance.atLeast ?? false,
    trend: trendOf(value, earlier),
  };
}

/**
 * Self-monitoring is the one criterion whose evidence is the figures' quality itself: the mean share of
 * records complete enough to count, over the indicators that have a value.
 */
function selfMonitoringItem(current: AnnualFigures, previous: AnnualFigures | null): EvidenceItem {
  const meanCompleteness = (figures: AnnualFigures | null) => {
    const counted = figures?.indicators.filter((indicator) => indicator.value !== null) ?? [];
    if (counted.length === 0) return null;
    const sum = counted.reduce((total, indicator) => total + indicator.provenance.completeness, 0);
    return Math.round((sum / counted.length) * 100) / 100;
  };
  const value = meanCompleteness(current);
  const earlier = meanCompleteness(previous);
  return {
    code: 'provenance.completeness',
    value,
    previous: earlier,
    atLeast: false,
    trend: trendOf(value, earlier),
  };
}

/** Each criterion with what the figures say of it, this year against the year before. */
export function assessmentEvidence(
  current: AnnualFigures,
  previous: AnnualFigures | null,
): CriterionEvidence[] {
  return CRITERIA.map((criterion) => ({
    criterion,
    items:
      criterion === 'self_monitoring'
        ? [selfMonitoringItem(current, previous)]
        : CRITERION_EVIDENCE[criterion].map((code) => evidenceItem(code, current, previous)),
  }));
}
