import { z } from 'zod';
import { STATISTICS_CONSENT_POLICIES } from '../../contracts/statistics-consent.ts';
import { agencyCode, changesSomething, NOTHING_TO_CHANGE } from '../case-records/contract.ts';
import { pastDate } from '../case-records/dates.ts';
import { reportIssues } from '../case-records/field-issues.ts';
import { consentIssues, RECIPIENT_AGENCY_TYPES } from './consent-rules.ts';
import { CONSENT_SCOPES } from './statistics-use.ts';

const scopes = z.array(z.enum(CONSENT_SCOPES)).min(1).max(CONSENT_SCOPES.length);
const recipientTypes = z.array(z.enum(RECIPIENT_AGENCY_TYPES)).max(RECIPIENT_AGENCY_TYPES.length);
const recipientCodes = z.array(agencyCode).max(50);
const evidenceNote = z.string().trim().min(1).max(2000);

export const consentRequest = z
  .strictObject({
    /** A survivor or witness of the case. */
    personId: z.uuid(),
    /** For what: services, the investigation, statistics. */
    scopes,
    /** With whom: kinds of institution, named institutions, or both. */
    recipientAgencyTypes: recipientTypes.default([]),
    recipientAgencyCodes: recipientCodes.default([]),
    givenOn: pastDate(),
    /** Free text, encrypted at rest: how it was given (interpreter, where the signed form is kept). */
    evidenceNote: evidenceNote.optional(),
  })
  .superRefine((consent, context) => reportIssues(consentIssues(consent), context));

/** Corrections only; what the person agrees to later is a new consent, and a revoked one never changes. */
export const consentPatch = z
  .strictObject({
    scopes: scopes.optional(),
    recipientAgencyTypes: recipientTypes.optional(),
    recipientAgencyCodes: recipientCodes.optional(),
    givenOn: pastDate().optional(),
    evidenceNote: evidenceNote.nullable().optional(),
  })
  .refine(changesSomething, NOTHING_TO_CHANGE);

export const revocationRequest = z.strictObject({ revokedOn: pastDate() });

const actor = z.object({ displayName: z.string(), agencyCode: z.string() });

export const consentView = z.object({
  id: z.uuid(),
  version: z.number().int(),
  personId: z.uuid(),
  scopes: z.array(z.enum(CONSENT_SCOPES)),
  recipientAgencyTypes: z.array(z.enum(RECIPIENT_AGENCY_TYPES)),
  recipientAgencyCodes: z.array(z.string()),
  givenOn: z.string(),
  evidenceNote: z.string().nullable(),
  recordedBy: actor,
  revokedOn: z.string().nullable(),
  revokedBy: actor.nullable(),
});
export type ConsentView = z.infer<typeof consentView>;

export const statisticsUseView = z.object({
  personId: z.uuid(),
  /** Counted in aggregate totals. */
  aggregate: z.boolean(),
  /** Also in breakdowns and record-level extracts. */
  disaggregated: z.boolean(),
});

export const consentList = z.object({
  items: z.array(consentView),
  /** How each survivor's records enter statistics today, under the operator's policy. */
  statistics: z.object({ policy: z.enum(STATISTICS_CONSENT_POLICIES), people: z.array(statisticsUseView) }),
});
