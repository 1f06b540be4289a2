import { z } from 'zod';
import { changesSomething, NOTHING_TO_CHANGE } from '../case-records/contract.ts';
import { pastDate } from '../case-records/dates.ts';
import { reportIssues } from '../case-records/field-issues.ts';
import { STATE_CODES } from '../catalog/states.ts';
import { preventionIssues } from './prevention-rules.ts';
import { ACTIVITY_LANGUAGES, ACTIVITY_TYPES, AUDIENCES } from './prevention-vocabulary.ts';

const fields = {
  activityType: z.enum(ACTIVITY_TYPES),
  heldOn: pastDate(),
  /** Null: nationwide, or abroad. */
  stateCode: z.enum(STATE_CODES).nullable(),
  /** Who was reached; for a training, the role trained. */
  audience: z.enum(AUDIENCES),
  languages: z.array(z.enum(ACTIVITY_LANGUAGES)).min(1).max(ACTIVITY_LANGUAGES.length),
  /** A count: participants are never named. */
  peopleReached: z.number().int().min(0).max(200_000_000),
};

export const preventionActivityRequest = z
  .strictObject({ ...fields, stateCode: fields.stateCode.optional() })
  .superRefine((activity, context) => reportIssues(preventionIssues(activity), context));
export type PreventionActivityRequest = z.infer<typeof preventionActivityRequest>;

export const preventionActivityPatch = z
  .strictObject({
    activityType: fields.activityType.optional(),
    heldOn: fields.heldOn.optional(),
    stateCode: fields.stateCode.optional(),
    audience: fields.audience.optional(),
    languages: fields.languages.optional(),
    peopleReached: fields.peopleReached.optional(),
  })
  .refine(changesSomething, NOTHING_TO_CHANGE)
  .superRefine((patch, context) => reportIssues(preventionIssues(patch), context));
export type PreventionActivityPatch = z.infer<typeof preventionActivityPatch>;

export const preventionActivityView = z.object({
  id: z.uuid(),
  agencyCode: z.string(),
  activityType: z.enum(ACTIVITY_TYPES),
  heldOn: z.string(),
  stateCode: z.string().nullable(),
  audience: z.enum(AUDIENCES),
  languages: z.array(z.enum(ACTIVITY_LANGUAGES)),
  peopleReached: z.number().int(),
  version: z.number().int(),
});
export type PreventionActivityView = z.infer<typeof preventionActivityView>;

export const preventionActivityId = z.strictObject({ activityId: z.uuid() });

export const preventionActivityQuery = z.strictObject({
  year: z.coerce.number().int().min(1990).max(2100).optional(),
});

export const preventionActivityList = z.object({ items: z.array(preventionActivityView) });
