import { z } from 'zod';
import { agencyCode, changesSomething, NOTHING_TO_CHANGE } from '../case-records/contract.ts';
import { dateOrder, pastDate } from '../case-records/dates.ts';
import { issue, reportIssues } from '../case-records/field-issues.ts';

type Proceeding = { investigationOpenedOn: string; prosecutionInitiatedOn?: string | null | undefined };

/** Prosecution follows the investigation it comes from. */
export const proceedingIssues = (proceeding: Proceeding) =>
  dateOrder(
    proceeding.investigationOpenedOn,
    proceeding.prosecutionInitiatedOn,
    issue('prosecutionInitiatedOn', 'prosecution_before_investigation'),
  );

export const proceedingRequest = z
  .strictObject({
    /** The authority that opened the investigation file; the caller's own when omitted. */
    agencyCode: agencyCode.optional(),
    investigationOpenedOn: pastDate(),
    /** Ejercicio de la acción penal: a prosecutor's act. */
    prosecutionInitiatedOn: pastDate().optional(),
  })
  .superRefine((proceeding, context) => reportIssues(proceedingIssues(proceeding), context));

export const proceedingPatch = z
  .strictObject({
    agencyCode: agencyCode.optional(),
    investigationOpenedOn: pastDate().optional(),
    prosecutionInitiatedOn: pastDate().nullable().optional(),
  })
  .refine(changesSomething, NOTHING_TO_CHANGE);

export const proceedingView = z.object({
  id: z.uuid(),
  version: z.number().int(),
  agencyCode: z.string(),
  agencyName: z.string(),
  investigationOpenedOn: z.string(),
  prosecutionInitiatedOn: z.string().nullable(),
});
export type ProceedingView = z.infer<typeof proceedingView>;
