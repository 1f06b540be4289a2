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
});
export const agencyDirectory = z.object({ items: z.array(agencySummary) });
