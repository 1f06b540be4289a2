import { z } from 'zod';
import { CASE_ACTIONS, FIELD_GROUPS } from '../../platform/access/case-access.ts';
import { STATE_CODES } from '../catalog/states.ts';
import { CASE_STATUSES } from './schema.ts';

export const caseId = z.strictObject({ caseId: z.uuid() });

export const openCaseRequest = z.strictObject({
  stateCode: z.enum(STATE_CODES),
  municipality: z.string().trim().min(1).max(200).optional(),
  openedOn: z.iso.date().optional(),
});

export const caseSummary = z.object({
  id: z.uuid(),
  reference: z.string(),
  status: z.enum(CASE_STATUSES),
  stateCode: z.string().nullable(),
  municipality: z.string().nullable(),
  openedOn: z.string(),
  owningAgency: z.object({ code: z.string(), name: z.string() }),
  version: z.number().int(),
});

export const caseView = caseSummary.extend({
  relation: z.enum(['owner', 'assigned', 'shared', 'break_glass']),
  /** When the caller's emergency access ends; null unless the relation is break_glass. */
  breakGlassUntil: z.string().nullable(),
  /** Parts of the record this user may see; identity and others arrive with the case records. */
  visibleGroups: z.array(z.enum(FIELD_GROUPS)),
  allowedActions: z.array(z.enum(CASE_ACTIONS)),
});
export type CaseView = z.infer<typeof caseView>;

export const updateCaseRequest = z
  .strictObject({
    status: z.enum(CASE_STATUSES).optional(),
    stateCode: z.enum(STATE_CODES).optional(),
    municipality: z.string().trim().min(1).max(200).nullable().optional(),
    /** Required to move a case back or reopen it; kept in its history. */
    reason: z.string().trim().min(10).max(2000).optional(),
  })
  .refine((patch) => patch.status ?? patch.stateCode ?? patch.municipality !== undefined, {
    params: { key: 'nothing_to_change' },
  });

export const caseListQuery = z.strictObject({
  status: z.enum(CASE_STATUSES).optional(),
  stateCode: z.enum(STATE_CODES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  /** A page's `nextCursor` or `previousCursor`, with the same filters; instead of `offset`. */
  cursor: z.string().min(1).max(400).optional(),
});

/**
 * `nextCursor` continues after the last item and `previousCursor` goes back before the first; null
 * where there is nothing more that way. `offset` is 0 on pages reached by cursor.
 */
export const caseList = z.object({
  items: z.array(caseSummary),
  limit: z.number(),
  offset: z.number(),
  nextCursor: z.string().nullable(),
  previousCursor: z.string().nullable(),
});

export const shareCaseRequest = z.strictObject({
  agencyCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9-]{1,31}$/),
  reason: z.string().trim().min(10).max(2000),
  expiresAt: z.iso.datetime().optional(),
});

export const breakGlassRequest = z.strictObject({ reason: z.string().trim().min(20).max(2000) });
export const breakGlassGrant = z.object({ caseId: z.uuid(), expiresAt: z.string() });

export const caseShare = z.object({
  id: z.uuid(),
  agency: z.object({ code: z.string(), name: z.string() }),
  reason: z.string(),
  sharedBy: z.object({ id: z.uuid(), displayName: z.string() }),
  sharedAt: z.string(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export const caseShareList = z.object({ items: z.array(caseShare) });
export const shareParams = z.strictObject({ caseId: z.uuid(), shareId: z.uuid() });
