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
  disabled: z.boolean(),
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
