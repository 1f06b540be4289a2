import { z } from 'zod';
import { jurisdictionDecision } from './contract.ts';

export const storedJurisdiction = jurisdictionDecision.extend({
  id: z.uuid(),
  rulesVersion: z.string(),
  decidedAt: z.string(),
});

export const transferRequest = z.strictObject({
  toAgencyCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9-]{1,31}$/),
  reason: z.string().trim().min(10).max(2000),
});

export const transferView = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  direction: z.enum(['incoming', 'outgoing']),
  from: z.object({ code: z.string(), name: z.string() }),
  to: z.object({ code: z.string(), name: z.string() }),
  reason: z.string(),
  requestedAt: z.string(),
  respondBy: z.string(),
  status: z.enum(['pending', 'accepted', 'declined', 'withdrawn']),
  /** Unanswered past its deadline: shown to supervisors of both sides as escalated. */
  overdue: z.boolean(),
});
export const transferInbox = z.object({ items: z.array(transferView) });

export const transferResponse = z.strictObject({
  accept: z.boolean(),
  reason: z.string().trim().max(2000).optional(),
});
export const transferId = z.strictObject({ transferId: z.uuid() });
