import { z } from 'zod';
import { FIELD_GROUPS } from '../../platform/access/case-access.ts';

const shownValue = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.union([z.string(), z.number()])),
]);

export const fieldChange = z.union([
  z.object({ field: z.string(), from: shownValue, to: shownValue }),
  z.object({ field: z.string(), protected: z.literal(true) }),
]);

export const historyQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** Entries older than this one: the `id` of the last entry of the previous page. */
  before: z
    .string()
    .regex(/^\d{1,18}$/)
    .optional(),
});

export const historyEntry = z.object({
  id: z.string(),
  recordType: z.string(),
  recordId: z.uuid(),
  version: z.number().int(),
  kind: z.enum(['created', 'updated', 'removed']),
  fieldGroup: z.enum(FIELD_GROUPS).nullable(),
  changes: z.array(fieldChange),
  reason: z.string().nullable(),
  changedBy: z.object({ displayName: z.string(), agencyCode: z.string() }),
  changedAt: z.string(),
});

export const caseHistory = z.object({ items: z.array(historyEntry), nextBefore: z.string().nullable() });
