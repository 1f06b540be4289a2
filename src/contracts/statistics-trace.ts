import { z } from 'zod';
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
] as const;
export type TracedRecordType = (typeof TRACED_RECORD_TYPES)[number];

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
  items: z.array(
    z.strictObject({
      recordType: z.enum(TRACED_RECORD_TYPES),
      caseId: z.uuid(),
      caseReference: z.string(),
      agencyCode: z.string(),
      /** The date that places the record in the year (opened, decided, sent, resolved). */
      recordedOn: z.string(),
      /** Whether the caller may open the case in the case workspace. */
      opensCase: z.boolean(),
    }),
  ),
  nextCursor: z.string().nullable(),
});
export type FigureTrace = z.infer<typeof figureTrace>;
