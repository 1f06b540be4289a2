import type { BreakdownDimension, IndicatorFigure } from '../../contracts/statistics.ts';
import { type AgencyFacts, add, cellsOf, provenanceOf, type Tally } from './figures.ts';
import type { IndicatorDefinition } from './indicators.ts';
import type { ActivityType } from './prevention-vocabulary.ts';
import type { PreventionRow } from './statistics-store.ts';

/**
 * Which activities each prevention indicator counts (null: every type) and what it counts of each; the
 * figure and its trace (enlace_statistics_trace_prevention) both select by it.
 */
export const PREVENTION_MEASURES: Record<
  string,
  { types: readonly ActivityType[] | null; counts: 'activities' | 'people_reached' }
> = {
  'prevention.activities': { types: null, counts: 'activities' },
  'prevention.people_reached': { types: null, counts: 'people_reached' },
  'prevention.trainings': { types: ['training'], counts: 'activities' },
  'prevention.awareness_campaigns': { types: ['awareness_campaign'], counts: 'activities' },
  'prevention.tourism_trainings': { types: ['tourism_training'], counts: 'activities' },
};

/** What an activity adds to a prevention figure (0: not this indicator's). */
function measureOf(code: string): (activity: PreventionRow) => number {
  const measure = PREVENTION_MEASURES[code];
  if (!measure) throw new Error(`No prevention measure for ${code}`);
  return (activity) => {
    if (measure.types && !measure.types.some((type) => type === activity.activityType)) return 0;
    return measure.counts === 'people_reached' ? activity.peopleReached : 1;
  };
}

/** The cells an activity falls in; a campaign in two languages counts under each. */
function keysOf(
  dimension: BreakdownDimension,
  activity: PreventionRow,
  agencies: ReadonlyMap<string, AgencyFacts>,
) {
  switch (dimension) {
    case 'activity_type':
      return [activity.activityType];
    case 'audience':
      return [activity.audience];
    case 'language':
      return activity.languages;
    case 'state':
      return [activity.stateCode ?? 'national'];
    case 'agency':
      return [agencies.get(activity.agencyId)?.code ?? 'unknown'];
    default:
      return [];
  }
}

/**
 * A prevention figure from the year's activity log. Every field is required when an activity is
 * recorded, so the log is complete by construction; what it cannot say is what nobody recorded.
 */
export function preventionFigure(
  definition: IndicatorDefinition,
  year: number,
  activities: readonly PreventionRow[],
  agencies: ReadonlyMap<string, AgencyFacts>,
): IndicatorFigure {
  const measure = measureOf(definition.code);
  let totals: Tally = { counted: 0, candidates: 0, complete: 0 };
  const byAgency = new Map<string, Tally>();
  const cells = new Map(definition.dimensions.map((dimension) => [dimension, new Map<string, number>()]));
  for (const activity of activities) {
    const counted = measure(activity);
    const tally = { counted, candidates: 1, complete: 1 };
    totals = add(totals, tally);
    byAgency.set(activity.agencyId, add(byAgency.get(activity.agencyId), tally));
    for (const [dimension, values] of cells)
      for (const key of keysOf(dimension, activity, agencies))
        values.set(key, (values.get(key) ?? 0) + counted);
  }
  return {
    code: definition.code,
    section: definition.section,
    unit: definition.unit,
    year,
    value: totals.candidates === 0 ? null : totals.counted,
    distribution: null,
    breakdowns: [...cells].map(([dimension, values]) => cellsOf(dimension, values)),
    provenance: provenanceOf(totals, byAgency, agencies, 0, null),
  };
}
