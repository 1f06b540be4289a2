import { z } from 'zod';
import { changesSomething, NOTHING_TO_CHANGE } from '../case-records/contract.ts';
import { pastDate } from '../case-records/dates.ts';
import { reportIssues } from '../case-records/field-issues.ts';
import {
  ALL_MEASURE_STATUSES,
  IMMIGRATION_RELIEFS,
  MEASURE_KINDS,
  measureIssues,
  WITNESS_MEASURES,
} from './measure-rules.ts';

// Ranges and the fit between fields are measureIssues', so each refusal says what the kind expects.
const amount = z.number().multipleOf(0.01).describe('Pesos (MXN), not negative');

export const measureRequest = z
  .strictObject({
    personId: z.uuid(),
    kind: z.enum(MEASURE_KINDS),
    /** Immigration relief only: what was applied for. */
    relief: z.enum(IMMIGRATION_RELIEFS).optional(),
    /** Witness protection only. */
    witnessMeasure: z.enum(WITNESS_MEASURES).optional(),
    status: z.enum(ALL_MEASURE_STATUSES),
    /** When it was applied for, requested or (compensation) ordered. */
    requestedOn: pastDate(),
    /** When it reached a final status (granted, denied, completed, withdrawn, ended, paid). */
    resolvedOn: pastDate().optional(),
    amountOrderedMxn: amount.optional(),
    amountPaidMxn: amount.optional(),
  })
  .superRefine((measure, context) =>
    reportIssues(
      measureIssues({
        ...measure,
        relief: measure.relief ?? null,
        witnessMeasure: measure.witnessMeasure ?? null,
        resolvedOn: measure.resolvedOn ?? null,
        amountOrderedMxn: measure.amountOrderedMxn ?? null,
        amountPaidMxn: measure.amountPaidMxn ?? null,
      }),
      context,
    ),
  );

/** The person and the kind stay; a different one is a different measure. */
export const measurePatch = z
  .strictObject({
    relief: z.enum(IMMIGRATION_RELIEFS).optional(),
    witnessMeasure: z.enum(WITNESS_MEASURES).optional(),
    status: z.enum(ALL_MEASURE_STATUSES).optional(),
    requestedOn: pastDate().optional(),
    resolvedOn: pastDate().nullable().optional(),
    amountOrderedMxn: amount.optional(),
    amountPaidMxn: amount.nullable().optional(),
  })
  .refine(changesSomething, NOTHING_TO_CHANGE);

export const measureView = z.object({
  id: z.uuid(),
  version: z.number().int(),
  personId: z.uuid(),
  kind: z.enum(MEASURE_KINDS),
  relief: z.enum(IMMIGRATION_RELIEFS).nullable(),
  witnessMeasure: z.enum(WITNESS_MEASURES).nullable(),
  status: z.enum(ALL_MEASURE_STATUSES),
  requestedOn: z.string(),
  resolvedOn: z.string().nullable(),
  amountOrderedMxn: z.number().nullable(),
  amountPaidMxn: z.number().nullable(),
});
export type MeasureView = z.infer<typeof measureView>;
export const measureList = z.object({ items: z.array(measureView) });
