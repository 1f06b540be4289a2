import { z } from 'zod';

export const auditQuery = z.strictObject({
  action: z
    .string()
    .regex(/^[a-z][a-z_.]*$/)
    .max(100)
    .optional(),
  actorUserId: z.uuid().optional(),
  recordType: z
    .string()
    .regex(/^[a-z][a-z_]*$/)
    .max(50)
    .optional(),
  recordId: z.string().max(100).optional(),
  from: z.iso.datetime().optional(),
  to: z.iso.datetime().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});
export type AuditQuery = z.infer<typeof auditQuery>;

export const auditEntry = z.object({
  id: z.string(),
  occurredAt: z.string(),
  actorUserId: z.string().nullable(),
  actorAgencyId: z.string().nullable(),
  actorRoles: z.array(z.string()),
  requestId: z.string().nullable(),
  action: z.string(),
  recordType: z.string().nullable(),
  recordId: z.string().nullable(),
  reason: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  chainPosition: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntry>;

export const auditPage = z.object({ items: z.array(auditEntry), limit: z.number(), offset: z.number() });

export const securityAlert = z.object({
  id: z.uuid(),
  kind: z.enum(['break_glass', 'identity_read_rate', 'mfa_reset']),
  agencyId: z.uuid(),
  subjectUserId: z.uuid(),
  caseId: z.uuid().nullable(),
  details: z.record(z.string(), z.unknown()),
  raisedAt: z.string(),
  acknowledgedAt: z.string().nullable(),
});
export const alertList = z.object({ items: z.array(securityAlert) });
