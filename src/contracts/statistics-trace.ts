import { z } from 'zod';
import {
  ACTIVITY_LANGUAGES,
  ACTIVITY_TYPES,
  AUDIENCES,
} from '../modules/statistics/prevention-vocabulary.ts';
import { BREAKDOWN_DIMENSIONS } from './statistics.ts';

/** The kinds of record a figure counts; a survivor counted by several indicators is a `person`. */
export const TRACED_RECORD_TYPES = [
  'person',
  'protection_measure',
  'referral',
  'legal_proceeding',
  'verdict',
  'bilateral_investigation',
  'extradition',
  'case',
  'prevention_activity',
] as const;
export type TracedRecordType = (typeof TRACED_RECORD_TYPES)[number];

/**
 * What each record's `measure` is, for figures that are not a count of their records: a conviction's
 * prison term in years, the days a case waited for its jurisdiction decision, the people an activity
 * reached.
 */
export const TRACE_MEASURES = ['prison_years', 'days_to_decision', 'people_reached'] as const;

/** A prevention activity as its figures count it; the log holds no personal data. */
const tracedActivity = z.strictObject({
  activityType: z.enum(ACTIVITY_TYPES),
  audience: z.enum(AUDIENCES),
  /** Null: nationwide or abroad. */
  stateCode: z.string().nullable(),
  languages: z.array(z.enum(ACTIVITY_LANGUAGES)),
  peopleReached: z.number().int().nonnegative(),
});
export type TracedActivity = z.infer<typeof tracedActivity>;

/**
 * The records behind a figure, as the caller may see them: references only (case, agency, date),
 * never a name. `traced` is how many records the figure counts; `hidden` how many of them the
 * caller may not see, which are never listed.
 */
export const figureTrace = z.strictObject({
  year: z.number().int(),
  code: z.string(),
  dimension: z.enum(BREAKDOWN_DIMENSIONS).nullable(),
  cell: z.string().nullable(),
  traced: z.number().int().nonnegative(),
  hidden: z.number().int().nonnegative(),
  /** What the items' `measure` holds; null when the figure counts its records. */
  measure: z.enum(TRACE_MEASURES).nullable(),
  items: z.array(
    z.strictObject({
      recordType: z.enum(TRACED_RECORD_TYPES),
      /** Null for a prevention activity, which belongs to no case. */
      caseId: z.uuid().nullable(),
      caseReference: z.string().nullable(),
      agencyCode: z.string(),
      /** The date that places the record in the year (opened, decided, sent, resolved, held). */
      recordedOn: z.string(),
      /** Whether the caller may open the case in the case workspace. */
      opensCase: z.boolean(),
      /** The record's value in the figure (see `measure`); null when it has none yet (incomplete). */
      measure: z.number().nullable(),
      /** A case's jurisdiction as decided by the figure's date; null for other records. */
      jurisdiction: z.enum(['state', 'federal', 'undetermined']).nullable(),
      activity: tracedActivity.nullable(),
    }),
  ),
  nextCursor: z.string().nullable(),
});
export type FigureTrace = z.infer<typeof figureTrace>;
