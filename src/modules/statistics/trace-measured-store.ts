import { sql, type Transaction } from 'kysely';
import type { Schema } from '../../platform/db/schema.ts';
import type { StoredTimeline } from '../jurisdiction/case-timeline.ts';
import type { AgencyEntry } from '../jurisdiction/store.ts';
import { jurisdictionDecisionDays, sentenceYears } from './distribution-figures.ts';
import { PREVENTION_MEASURES } from './prevention-figures.ts';
import type { ActivityLanguage, ActivityType, Audience } from './prevention-vocabulary.ts';
import type { YearBounds } from './statistics-store.ts';
import type { TraceSelection } from './trace-selection.ts';
import type { TracedUnit, TracePage } from './trace-store.ts';

type Trx = Transaction<Schema>;
type PageRequest = { after: string | null; size: number };
type Totals = { traced: string; hidden: string };

/** The totals every row repeats, and the page's units (a lone row with a null unit: an empty page). */
function pageOf<Row extends Totals & { unit: string | null }>(
  rows: readonly Row[],
  unitOf: (row: Row & { unit: string }) => TracedUnit,
): TracePage {
  const first = rows[0];
  return {
    traced: Number(first?.traced ?? 0),
    hidden: Number(first?.hidden ?? 0),
    units: rows.flatMap((row) => (row.unit === null ? [] : [unitOf({ ...row, unit: row.unit })])),
  };
}

const caseUnit = {
  measure: null,
  jurisdiction: null,
  activity: null,
} satisfies Partial<TracedUnit>;

/**
 * The year's convictions behind the sentence-length figure (migration 0035,
 * enlace_statistics_trace_sentences), each with its term in years as the figure counts it.
 */
export async function tracedSentences(trx: Trx, year: YearBounds, page: PageRequest): Promise<TracePage> {
  const result = await sql<
    Totals & {
      unit: string | null;
      case_id: string;
      case_reference: string;
      agency_id: string;
      recorded_on: string;
      months: number | null;
    }
  >`SELECT unit, case_id, case_reference, agency_id, recorded_on::text AS recorded_on, months, traced, hidden
      FROM enlace_statistics_trace_sentences(${year.start}::date, ${year.end}::date, ${page.after}::uuid,
      ${page.size})`.execute(trx);
  return pageOf(result.rows, (row) => ({
    ...caseUnit,
    unit: row.unit,
    recordType: 'verdict',
    caseId: row.case_id,
    caseReference: row.case_reference,
    agencyId: row.agency_id,
    recordedOn: row.recorded_on,
    measure: sentenceYears(row.months),
  }));
}

/**
 * The cases opened in the year behind the time-to-jurisdiction figure (migration 0035,
 * enlace_statistics_trace_jurisdiction), each measured by the figure's own clock.
 */
export async function tracedJurisdictionCases(
  trx: Trx,
  year: number,
  bounds: YearBounds,
  asOf: string,
  agencies: ReadonlyMap<string, AgencyEntry>,
  page: PageRequest,
): Promise<TracePage> {
  const result = await sql<
    Totals & {
      unit: string | null;
      case_reference: string;
      agency_id: string;
      opened_at: Date;
      decisions: StoredTimeline['decisions'];
      transfers: StoredTimeline['transfers'];
    }
  >`SELECT * FROM enlace_statistics_trace_jurisdiction(${bounds.start}::timestamptz, ${bounds.end}::timestamptz,
      ${page.after}::uuid, ${page.size})`.execute(trx);
  const listed = result.rows.filter((row) => row.unit !== null);
  const measured = jurisdictionDecisionDays(
    year,
    listed.map((row) => ({
      openedAt: row.opened_at.toISOString(),
      openedBy: row.agency_id,
      decisions: row.decisions,
      transfers: row.transfers,
    })),
    agencies,
    asOf,
  );
  const measureOf = new Map(listed.map((row, index) => [row.unit, measured[index]]));
  return pageOf(result.rows, (row) => ({
    ...caseUnit,
    unit: row.unit,
    recordType: 'case',
    caseId: row.unit,
    caseReference: row.case_reference,
    agencyId: row.agency_id,
    recordedOn: row.opened_at.toISOString().slice(0, 10),
    measure: measureOf.get(row.unit)?.days ?? null,
    jurisdiction: measureOf.get(row.unit)?.decision ?? 'undetermined',
  }));
}

/**
 * The year's activities behind a prevention figure or one of its cells (migration 0035,
 * enlace_statistics_trace_prevention), selected by the figure's own measure (PREVENTION_MEASURES).
 */
export async function tracedActivities(
  trx: Trx,
  year: YearBounds,
  selection: TraceSelection,
  page: PageRequest,
): Promise<TracePage> {
  const measure = PREVENTION_MEASURES[selection.indicator.code];
  if (!measure) throw new Error(`No prevention measure for ${selection.indicator.code}`);
  const types = measure.types === null ? null : [...measure.types];
  const result = await sql<
    Totals & {
      unit: string | null;
      agency_id: string;
      held_on: string;
      activity_type: ActivityType;
      audience: Audience;
      state_code: string | null;
      languages: ActivityLanguage[];
      people_reached: number;
    }
  >`SELECT unit, agency_id, held_on::text AS held_on, activity_type, audience, state_code, languages,
      people_reached, traced, hidden
      FROM enlace_statistics_trace_prevention(${year.start}::date, ${year.end}::date, ${types}::text[],
      ${selection.databaseDimension}, ${selection.databaseCell}, ${page.after}::uuid, ${page.size})`.execute(
    trx,
  );
  return pageOf(result.rows, (row) => ({
    unit: row.unit,
    recordType: 'prevention_activity',
    caseId: null,
    caseReference: null,
    agencyId: row.agency_id,
    recordedOn: row.held_on,
    measure: measure.counts === 'people_reached' ? row.people_reached : null,
    jurisdiction: null,
    activity: {
      activityType: row.activity_type,
      audience: row.audience,
      stateCode: row.state_code,
      languages: row.languages,
      peopleReached: row.people_reached,
    },
  }));
}
