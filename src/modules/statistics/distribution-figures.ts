import type { IndicatorFigure } from '../../contracts/statistics.ts';
import type { StoredTimeline } from '../jurisdiction/case-timeline.ts';
import { timelineEvents } from '../jurisdiction/case-timeline.ts';
import { measureJurisdictionClocks } from '../jurisdiction/clock-statistics.ts';
import type { JurisdictionDecision } from '../jurisdiction/contract.ts';
import type { AgencyEntry } from '../jurisdiction/store.ts';
import { replayJurisdiction } from '../jurisdiction/timeline.ts';
import { type AgencyFacts, add, distributionOf, provenanceOf, type Tally } from './figures.ts';
import type { IndicatorDefinition } from './indicators.ts';

const DAY_MS = 86_400_000;
const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** A figure whose value is the median of a distribution; each value belongs to an agency. */
function distributionFigure(
  definition: IndicatorDefinition,
  year: number,
  units: readonly { agencyId: string; value: number | null }[],
  agencies: ReadonlyMap<string, AgencyFacts>,
): IndicatorFigure {
  const byAgency = new Map<string, Tally>();
  let totals: Tally = { counted: 0, candidates: 0, complete: 0 };
  for (const unit of units) {
    const tally = {
      counted: unit.value === null ? 0 : 1,
      candidates: 1,
      complete: unit.value === null ? 0 : 1,
    };
    byAgency.set(unit.agencyId, add(byAgency.get(unit.agencyId), tally));
    totals = add(totals, tally);
  }
  const distribution = distributionOf(units.flatMap((unit) => (unit.value === null ? [] : [unit.value])));
  return {
    code: definition.code,
    section: definition.section,
    unit: definition.unit,
    year,
    value: distribution.median,
    distribution,
    breakdowns: [],
    provenance: provenanceOf(totals, byAgency, agencies, 0, null),
  };
}

/** A prison term in years, as the sentence-length figure counts it (null: not set yet). */
export const sentenceYears = (months: number | null) => (months === null ? null : round(months / 12, 2));

/** Prison terms of the year's convictions in years; a conviction whose term is not set is incomplete. */
export const sentenceFigure = (
  definition: IndicatorDefinition,
  year: number,
  sentences: readonly { agencyId: string; months: number | null }[],
  agencies: ReadonlyMap<string, AgencyFacts>,
) =>
  distributionFigure(
    definition,
    year,
    sentences.map(({ agencyId, months }) => ({ agencyId, value: sentenceYears(months) })),
    agencies,
  );

/**
 * Each case's days with its jurisdiction undetermined, by the jurisdiction clock
 * (src/modules/jurisdiction), up to `asOf`, with the decision it reached; in the order given. A case
 * still undetermined has no decision time yet (null). Each case is measured on its own, so a page of
 * cases measures as the whole year does.
 */
export function jurisdictionDecisionDays(
  year: number,
  timelines: readonly StoredTimeline[],
  agencies: ReadonlyMap<string, AgencyEntry>,
  asOf: string,
): { days: number | null; decision: JurisdictionDecision['decision'] }[] {
  const period = { from: `${year}-01-01T00:00:00.000Z`, to: `${year + 1}-01-01T00:00:00.000Z` };
  return timelines.map((timeline) => {
    // A case nobody decided on or asked to transfer is still undetermined: no clock to replay.
    if (timeline.decisions.length + timeline.transfers.length === 0)
      return { days: null, decision: 'undetermined' };
    const events = timelineEvents(timeline, agencies);
    const [clock] = measureJurisdictionClocks(
      [{ key: 0, events }],
      { from: period.from, to: asOf > period.to ? asOf : period.to },
      asOf,
    ).cases;
    const decision = replayJurisdiction(events, asOf).decision;
    return {
      days: decision === 'undetermined' ? null : round((clock?.undeterminedMs ?? 0) / DAY_MS, 1),
      decision,
    };
  });
}

/**
 * Days each case opened in the year spent with its jurisdiction undetermined (see
 * jurisdictionDecisionDays). A case still undetermined is incomplete, and the figure is then at least
 * its value.
 */
export function jurisdictionDecisionFigure(
  definition: IndicatorDefinition,
  year: number,
  timelines: readonly StoredTimeline[],
  agencies: ReadonlyMap<string, AgencyEntry>,
  asOf: string,
): IndicatorFigure {
  const measured = jurisdictionDecisionDays(year, timelines, agencies, asOf);
  return distributionFigure(
    definition,
    year,
    timelines.map((timeline, index) => ({
      agencyId: timeline.openedBy,
      value: measured[index]?.days ?? null,
    })),
    agencies,
  );
}
