import { z } from 'zod';
import { PERSON_ROLES, SEXES } from './schema.ts';

/** CURP: 18 characters in the RENAPO layout (the check digit is verified with the record-linkage rules). */
const curp = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z][AEIOUX][A-Z]{2}\d{6}[HMX][A-Z]{5}[0-9A-Z]\d$/);

export const identityInput = z.strictObject({
  givenNames: z.string().trim().min(1).max(200),
  firstSurname: z.string().trim().min(1).max(200).optional(),
  secondSurname: z.string().trim().min(1).max(200).optional(),
  birthDate: z.iso.date().optional(),
  curp: curp.optional(),
});

export const contactInput = z.strictObject({
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()-]{7,20}$/)
    .optional(),
  address: z.string().trim().min(1).max(500).optional(),
});

export const NEEDS = [
  'shelter',
  'medical',
  'psychological',
  'legal',
  'social',
  'migration',
  'repatriation',
  'reintegration',
  'interpretation',
] as const;

export const addPersonRequest = z.strictObject({
  role: z.enum(PERSON_ROLES),
  sex: z.enum(SEXES).optional(),
  birthYear: z.number().int().min(1900).max(2100).optional(),
  nationality: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  indigenousLanguage: z.string().trim().min(1).max(60).optional(),
  publicOfficial: z.boolean().default(false),
  officialAgencyCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9-]{1,31}$/)
    .optional(),
  needs: z.array(z.enum(NEEDS)).max(NEEDS.length).default([]),
  identity: identityInput.optional(),
  contact: contactInput.optional(),
});
export type AddPersonRequest = z.infer<typeof addPersonRequest>;

export const personSummary = z.object({
  id: z.uuid(),
  role: z.enum(PERSON_ROLES),
  sex: z.enum(SEXES).nullable(),
  birthYear: z.number().nullable(),
  nationality: z.string().nullable(),
  indigenousLanguage: z.string().nullable(),
  publicOfficial: z.boolean(),
  /** Only for callers who may see needs. */
  needs: z.array(z.string()).optional(),
  hasIdentity: z.boolean(),
  hasContact: z.boolean(),
});
export const peopleList = z.object({ items: z.array(personSummary) });

export const revealRequest = z.strictObject({ reason: z.string().trim().min(10).max(2000) });
export const revealedPerson = z.object({
  identity: identityInput.partial().extend({ givenNames: z.string().nullable().optional() }).optional(),
  contact: contactInput.optional(),
});

export const personParams = z.strictObject({ caseId: z.uuid(), personId: z.uuid() });
export const curpSearch = z.strictObject({ curp });
export const curpMatches = z.object({ items: z.array(z.object({ personId: z.uuid(), caseId: z.uuid() })) });
