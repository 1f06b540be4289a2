import type { Transaction } from 'kysely';
import type { FigureTrace } from '../../contracts/statistics-trace.ts';
import type { Schema } from '../../platform/db/schema.ts';
import type { AgencyEntry } from '../jurisdiction/store.ts';
import { PALERMO_OF_FORM } from './compute-annual-figures.ts';
import type { IndicatorSource } from './indicators.ts';
import { PREVENTION_MEASURES } from './prevention-figures.ts';
import { yearBounds } from './statistics-store.ts';
import { tracedActivities, tracedJurisdictionCases, tracedSentences } from './trace-measured-store.ts';
import type { TraceSelection } from './trace-selection.ts';
import { type TracePage, tracedUnits } from './trace-store.ts';

export type TracePageRequest = {
  year: number;
  /** The day figures are computed as of (ISO date and time). */
  asOf: string;
  selection: TraceSelection;
  agencies: ReadonlyMap<string, AgencyEntry>;
  after: string | null;
  size: number;
};

/** A page of the records behind a figure, read as the figure's source counts them. */
export const TRACE_PAGES: Record<
  IndicatorSource,
  (trx: Transaction<Schema>, request: TracePageRequest) => Promise<TracePage>
> = {
  cells: (trx, request) =>
    tracedUnits(
      trx,
      yearBounds(request.year),
      request.asOf.slice(0, 10),
      PALERMO_OF_FORM,
      request.selection,
      request,
    ),
  sentences: (trx, request) => tracedSentences(trx, yearBounds(request.year), request),
  jurisdiction: (trx, request) =>
    tracedJurisdictionCases(
      trx,
      request.year,
      yearBounds(request.year),
      request.asOf,
      request.agencies,
      request,
    ),
  prevention: (trx, request) => tracedActivities(trx, yearBounds(request.year), request.selection, request),
};

/** What the listed records' measure is, for figures that are not a count of their records. */
export function traceMeasure(selection: TraceSelection): FigureTrace['measure'] {
  switch (selection.indicator.source) {
    case 'sentences':
      return 'prison_years';
    case 'jurisdiction':
      return 'days_to_decision';
    case 'prevention':
      return PREVENTION_MEASURES[selection.indicator.code]?.counts === 'people_reached'
        ? 'people_reached'
        : null;
    case 'cells':
      return null;
  }
}
