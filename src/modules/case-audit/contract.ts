import { z } from 'zod';
import { CASE_AUDIT_KINDS } from './action-kind.ts';

export const caseAuditQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** Entries older than this one: the `id` of the last entry of the previous page. */
  before: z
    .string()
    .regex(/^\d{1,18}$/)
    .optional(),
});

/**
 * One audited act on the case. `actor` is null for Enlace itself (sweeps, imports from the CLI).
 * `fields` names the fields read or changed, never their values.
 */
export const caseAuditEntry = z.object({
  id: z.string(),
  occurredAt: z.string(),
  actor: z
    .object({
      userId: z.string(),
      displayName: z.string().nullable(),
      agencyCode: z.string().nullable(),
      roles: z.array(z.string()),
    })
    .nullable(),
  action: z.string(),
  kind: z.enum(CASE_AUDIT_KINDS),
  recordType: z.string().nullable(),
  recordId: z.string().nullable(),
  reason: z.string().nullable(),
  fields: z.array(z.string()),
});
export type CaseAuditEntry = z.infer<typeof caseAuditEntry>;

export const caseAuditTrail = z.object({ items: z.array(caseAuditEntry), nextBefore: z.string().nullable() });
export type CaseAuditTrail = z.infer<typeof caseAuditTrail>;
