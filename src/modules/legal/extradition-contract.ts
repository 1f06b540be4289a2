import { z } from 'zod';
import { changesSomething, foreignCountry, NOTHING_TO_CHANGE } from '../case-records/contract.ts';
import { dateOrder, pastDate } from '../case-records/dates.ts';
import { type FieldIssue, issue, reportIssues } from '../case-records/field-issues.ts';
import { resolutionIssues } from '../case-records/resolution.ts';

/** Outgoing: Mexico asks another state to surrender a suspect; incoming: another state asks Mexico. */
export const EXTRADITION_DIRECTIONS = ['outgoing', 'incoming'] as const;
export const EXTRADITION_STATUSES = ['requested', 'granted', 'denied', 'withdrawn'] as const;

type Extradition = {
  requestedOn: string;
  status: (typeof EXTRADITION_STATUSES)[number];
  decidedOn?: string | null | undefined;
  surrenderedOn?: string | null | undefined;
};

/** A decided request carries its date; only a granted one ends in a surrender, after the decision. */
export const extraditionIssues = (request: Extradition): FieldIssue[] => [
  ...resolutionIssues(
    { final: request.status !== 'requested', startedOn: request.requestedOn, resolvedOn: request.decidedOn },
    'decidedOn',
  ),
  ...(request.surrenderedOn && request.status !== 'granted'
    ? [issue('surrenderedOn', 'surrender_needs_grant')]
    : dateOrder(
        request.decidedOn,
        request.surrenderedOn,
        issue('surrenderedOn', 'surrender_before_decision'),
      )),
];

export const extraditionRequest = z
  .strictObject({
    /** The suspect sought. */
    personId: z.uuid(),
    direction: z.enum(EXTRADITION_DIRECTIONS),
    countryCode: foreignCountry,
    requestedOn: pastDate(),
    status: z.enum(EXTRADITION_STATUSES).default('requested'),
    decidedOn: pastDate().optional(),
    surrenderedOn: pastDate().optional(),
  })
  .superRefine((request, context) => reportIssues(extraditionIssues(request), context));

export const extraditionPatch = z
  .strictObject({
    direction: z.enum(EXTRADITION_DIRECTIONS).optional(),
    countryCode: foreignCountry.optional(),
    requestedOn: pastDate().optional(),
    status: z.enum(EXTRADITION_STATUSES).optional(),
    decidedOn: pastDate().nullable().optional(),
    surrenderedOn: pastDate().nullable().optional(),
  })
  .refine(changesSomething, NOTHING_TO_CHANGE);

export const extraditionView = z.object({
  id: z.uuid(),
  version: z.number().int(),
  personId: z.uuid(),
  direction: z.enum(EXTRADITION_DIRECTIONS),
  countryCode: z.string(),
  requestedOn: z.string(),
  status: z.enum(EXTRADITION_STATUSES),
  decidedOn: z.string().nullable(),
  surrenderedOn: z.string().nullable(),
});
export type ExtraditionView = z.infer<typeof extraditionView>;
