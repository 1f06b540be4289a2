import { z } from 'zod';
import { changesSomething, NOTHING_TO_CHANGE } from '../case-records/contract.ts';
import { pastDate } from '../case-records/dates.ts';

export const TESTIMONY_DECISIONS = ['will_testify', 'declines_to_testify', 'undecided'] as const;

export const testimonyRequest = z.strictObject({
  /** A survivor of the case. */
  personId: z.uuid(),
  decision: z.enum(TESTIMONY_DECISIONS),
  /**
   * The recorder confirms the decision was the survivor's own, free of pressure, after being told that
   * services never depend on it. A decision that was not voluntary is not recorded as one.
   */
  voluntary: z.boolean().refine((value) => value, { params: { key: 'testimony_must_be_voluntary' } }),
  decidedOn: pastDate(),
});

export const testimonyPatch = z
  .strictObject({ decision: z.enum(TESTIMONY_DECISIONS).optional(), decidedOn: pastDate().optional() })
  .refine(changesSomething, NOTHING_TO_CHANGE);

export const testimonyView = z.object({
  id: z.uuid(),
  version: z.number().int(),
  personId: z.uuid(),
  decision: z.enum(TESTIMONY_DECISIONS),
  voluntary: z.boolean(),
  decidedOn: z.string(),
  /** Who informed the survivor of their rights and recorded the decision. */
  informedBy: z.object({ displayName: z.string(), agencyCode: z.string() }),
});
export type TestimonyView = z.infer<typeof testimonyView>;
export const testimonyList = z.object({ items: z.array(testimonyView) });
