import { z } from 'zod';
import { changesSomething, NOTHING_TO_CHANGE } from '../case-records/contract.ts';
import { pastDate } from '../case-records/dates.ts';
import { reportIssues } from '../case-records/field-issues.ts';
import { MAX_PRISON_YEARS, sentenceIssues, VERDICT_OUTCOMES } from './sentence.ts';

// Ranges are checked by sentenceIssues, so that every refusal says what a sentence must be.
const prisonYears = z.number().int().describe(`Whole years, 0–${MAX_PRISON_YEARS}, given with prisonMonths`);
const prisonMonths = z.number().int().describe('0–11; twelve months or more are years');
const fineMxn = z.number().multipleOf(0.01).describe('Pesos (MXN), not negative');

export const verdictRequest = z
  .strictObject({
    chargeId: z.uuid(),
    outcome: z.enum(VERDICT_OUTCOMES),
    decidedOn: pastDate(),
    /** A conviction's sentence; it may be recorded later, once the court sets it. */
    prisonYears: prisonYears.optional(),
    prisonMonths: prisonMonths.optional(),
    fineMxn: fineMxn.optional(),
  })
  .superRefine((verdict, context) =>
    reportIssues(
      sentenceIssues({
        outcome: verdict.outcome,
        prisonYears: verdict.prisonYears ?? null,
        prisonMonths: verdict.prisonMonths ?? null,
        fineMxn: verdict.fineMxn ?? null,
      }),
      context,
    ),
  );

export const verdictPatch = z
  .strictObject({
    outcome: z.enum(VERDICT_OUTCOMES).optional(),
    decidedOn: pastDate().optional(),
    prisonYears: prisonYears.nullable().optional(),
    prisonMonths: prisonMonths.nullable().optional(),
    fineMxn: fineMxn.nullable().optional(),
  })
  .refine(changesSomething, NOTHING_TO_CHANGE);

export const verdictView = z.object({
  id: z.uuid(),
  version: z.number().int(),
  chargeId: z.uuid(),
  outcome: z.enum(VERDICT_OUTCOMES),
  decidedOn: z.string(),
  prisonYears: z.number().int().nullable(),
  prisonMonths: z.number().int().nullable(),
  fineMxn: z.number().nullable(),
});
export type VerdictView = z.infer<typeof verdictView>;
