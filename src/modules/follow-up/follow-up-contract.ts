import { z } from 'zod';
import { ALL_MEASURE_STATUSES, IMMIGRATION_RELIEFS, WITNESS_MEASURES } from '../protection/measure-rules.ts';
import { REFERRAL_STATUSES, SERVICE_TYPES } from '../referrals/vocabulary.ts';
import { FOLLOWED_KINDS, TASK_NAMES } from './follow-up-rules.ts';

/** One open protection measure to follow up, with its deadline and the agency that must chase it. */
export const followUpTaskView = z.object({
  measureId: z.uuid(),
  caseId: z.uuid(),
  caseReference: z.string(),
  personId: z.uuid(),
  kind: z.enum(FOLLOWED_KINDS),
  task: z.enum(TASK_NAMES),
  relief: z.enum(IMMIGRATION_RELIEFS).nullable(),
  witnessMeasure: z.enum(WITNESS_MEASURES).nullable(),
  status: z.enum(ALL_MEASURE_STATUSES),
  requestedOn: z.string(),
  dueOn: z.string(),
  overdue: z.boolean(),
  /** When the sweep escalated it to the responsible agency's supervisors. */
  escalatedAt: z.string().nullable(),
  /** Compensation only: what remains to be paid (MXN). */
  outstandingMxn: z.number().nullable(),
  responsibleAgency: z.object({ code: z.string(), name: z.string() }),
});
export type FollowUpTaskView = z.infer<typeof followUpTaskView>;
export const followUpTaskList = z.object({ items: z.array(followUpTaskView) });

/** A survivor's services as they happened: each step of each referral, each protection measure's. */
export const timelineEntry = z.discriminatedUnion('source', [
  z.object({
    source: z.literal('referral'),
    at: z.string(),
    recordId: z.uuid(),
    serviceType: z.enum(SERVICE_TYPES),
    serviceName: z.string(),
    providerCode: z.string(),
    status: z.enum(REFERRAL_STATUSES),
  }),
  z.object({
    source: z.literal('protection_measure'),
    at: z.string(),
    recordId: z.uuid(),
    kind: z.string(),
    status: z.enum(ALL_MEASURE_STATUSES),
  }),
]);
export type TimelineEntry = z.infer<typeof timelineEntry>;
export const serviceTimeline = z.object({ items: z.array(timelineEntry) });
export const timelineParams = z.strictObject({ caseId: z.uuid(), personId: z.uuid() });
