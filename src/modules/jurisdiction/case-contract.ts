import { z } from 'zod';
import { jurisdictionDecision, jurisdictionFacts } from './contract.ts';

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
  /** Unanswered past its deadline. */
  overdue: z.boolean(),
  /** The supervisors of both sides were told that the deadline passed. */
  escalated: z.boolean(),
});
export const transferInbox = z.object({ items: z.array(transferView) });

export const transferResponse = z.strictObject({
  accept: z.boolean(),
  reason: z.string().trim().max(2000).optional(),
});
export const transferId = z.strictObject({ transferId: z.uuid() });

const agencyRef = z.object({ code: z.string(), name: z.string() });

export const decisionRecord = storedJurisdiction.extend({
  facts: jurisdictionFacts,
  decidedBy: z.object({ id: z.uuid(), name: z.string() }),
});

/** A length of time in milliseconds and as an ISO 8601 duration. */
const elapsed = { ms: z.number().int().min(0), duration: z.string() };

export const caseJurisdiction = z.object({
  caseId: z.uuid(),
  /** The one authority that owns the case now. */
  owner: agencyRef,
  /** The latest decision kept, or null while none was made. */
  current: decisionRecord.nullable(),
  /** Every decision kept, newest first. */
  history: z.array(decisionRecord),
  openTransfer: z
    .object({
      id: z.uuid(),
      from: agencyRef,
      to: agencyRef,
      reason: z.string(),
      requestedAt: z.string(),
      respondBy: z.string(),
      overdue: z.boolean(),
      escalated: z.boolean(),
    })
    .nullable(),
  clocks: z.object({
    asOf: z.string(),
    undetermined: z.object(elapsed),
    disputed: z.object(elapsed),
  }),
});
export type CaseJurisdiction = z.infer<typeof caseJurisdiction>;
