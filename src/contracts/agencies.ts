import { z } from 'zod';
import { AGENCY_SECTORS, AGENCY_TYPES, JURISDICTION_LEVELS } from '../platform/access/agency-types.ts';

export const agencySummary = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  agencyType: z.enum(AGENCY_TYPES),
  sector: z.enum(AGENCY_SECTORS),
  jurisdictionLevel: z.enum(JURISDICTION_LEVELS),
  stateCode: z.string().nullable(),
  municipality: z.string().nullable(),
  countryCode: z.string().nullable(),
  /** Suspended: its people cannot sign in and nothing new is routed to it. */
  disabled: z.boolean(),
  /** For If-Match when suspending or reinstating it. */
  version: z.number().int(),
});
export const agencyDirectory = z.object({ items: z.array(agencySummary) });

/** `include=disabled`: disabled institutions too, for the platform administrators who register them. */
export const agencyDirectoryQuery = z.object({ include: z.enum(['disabled']).optional() });

/** The place must fit the jurisdiction: a state for state and municipal agencies, a country abroad. */
export const newAgency = z
  .strictObject({
    code: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9][A-Z0-9-]{1,31}$/),
    name: z.string().trim().min(2).max(200),
    agencyType: z.enum(AGENCY_TYPES),
    sector: z.enum(AGENCY_SECTORS),
    jurisdictionLevel: z.enum(JURISDICTION_LEVELS),
    stateCode: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .optional(),
    municipality: z.string().trim().min(1).max(200).optional(),
    countryCode: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
  })
  .refine((agency) => ['state', 'municipal'].includes(agency.jurisdictionLevel) === !!agency.stateCode, {
    path: ['stateCode'],
    message: 'state and municipal agencies name their state; others do not',
  })
  .refine((agency) => (agency.jurisdictionLevel === 'municipal') === !!agency.municipality, {
    path: ['municipality'],
  })
  .refine((agency) => (agency.jurisdictionLevel === 'abroad') === !!agency.countryCode, {
    path: ['countryCode'],
  });
export type NewAgency = z.input<typeof newAgency>;

export const agencyCreated = z.object({ id: z.uuid() });

/** A suspension or a reinstatement: the administrator's reason is kept with it and in the audit log. */
export const agencyStatusChangeRequest = z.strictObject({ reason: z.string().trim().min(20).max(2000) });

export const agencyStatusChange = z.object({
  status: z.enum(['suspended', 'active']),
  version: z.number().int(),
  reason: z.string(),
  changedBy: z.object({ displayName: z.string() }),
  changedAt: z.string(),
});

/** One institution for its administrators: its status, version and every suspension and reinstatement. */
export const agencyDetails = agencySummary.extend({
  status: z.enum(['suspended', 'active']),
  suspendedAt: z.string().nullable(),
  statusChanges: z.array(agencyStatusChange),
});
export type AgencyDetails = z.infer<typeof agencyDetails>;
export const agencyIdParams = z.strictObject({ agencyId: z.uuid() });
