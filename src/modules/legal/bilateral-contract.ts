import { z } from 'zod';
import { changesSomething, foreignCountry, NOTHING_TO_CHANGE } from '../case-records/contract.ts';
import { dateOrder, pastDate } from '../case-records/dates.ts';
import { issue, reportIssues } from '../case-records/field-issues.ts';

type Bilateral = { startedOn: string; endedOn?: string | null | undefined };

export const bilateralIssues = (investigation: Bilateral) =>
  dateOrder(investigation.startedOn, investigation.endedOn, issue('endedOn', 'end_before_start'));

/** The partner is a foreign institution (never a person), named as it names itself. */
const partnerAgency = z.string().trim().min(2).max(200);

export const bilateralRequest = z
  .strictObject({
    countryCode: foreignCountry,
    partnerAgency,
    startedOn: pastDate(),
    endedOn: pastDate().optional(),
  })
  .superRefine((investigation, context) => reportIssues(bilateralIssues(investigation), context));

export const bilateralPatch = z
  .strictObject({
    countryCode: foreignCountry.optional(),
    partnerAgency: partnerAgency.optional(),
    startedOn: pastDate().optional(),
    endedOn: pastDate().nullable().optional(),
  })
  .refine(changesSomething, NOTHING_TO_CHANGE);

export const bilateralView = z.object({
  id: z.uuid(),
  version: z.number().int(),
  countryCode: z.string(),
  partnerAgency: z.string(),
  startedOn: z.string(),
  endedOn: z.string().nullable(),
});
export type BilateralView = z.infer<typeof bilateralView>;
