import { z } from 'zod';
import { BIRTH_DATE_PRECISIONS } from './birth-date.ts';
import { personConflicts } from './person-consistency.ts';
import {
  birthYear,
  conflictIssues,
  contactInput,
  documentInput,
  factsOfNewPerson,
  identityInput,
} from './person-inputs.ts';
import { DISABILITIES, DOCUMENT_KINDS, GENDERS, PERSON_ROLES, SEXES } from './schema.ts';

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

export const MAX_DOCUMENTS = 10;
export const MAX_CONTACTS = 10;

const NEW_PERSON_PATHS = {
  curp_birth_date: ['identity', 'curp'],
  curp_sex: ['identity', 'curp'],
  birth_year_mismatch: ['birthYear'],
} as const;

export const addPersonRequest = z
  .strictObject({
    role: z.enum(PERSON_ROLES),
    sex: z.enum(SEXES).optional(),
    gender: z.enum(GENDERS).optional(),
    birthYear: birthYear.optional(),
    nationality: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
    indigenousLanguage: z.string().trim().min(1).max(60).optional(),
    /** Unset: not asked. Listing kinds of disability implies true. */
    hasDisability: z.boolean().optional(),
    disabilities: z.array(z.enum(DISABILITIES)).max(DISABILITIES.length).default([]),
    publicOfficial: z.boolean().default(false),
    officialAgencyCode: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9][A-Z0-9-]{1,31}$/)
      .optional(),
    needs: z.array(z.enum(NEEDS)).max(NEEDS.length).default([]),
    identity: identityInput.optional(),
    documents: z.array(documentInput).max(MAX_DOCUMENTS).default([]),
    contacts: z.array(contactInput).max(MAX_CONTACTS).default([]),
  })
  .superRefine((person, context) => {
    for (const issue of conflictIssues(personConflicts(factsOfNewPerson(person)), NEW_PERSON_PATHS))
      context.addIssue(issue);
    if (person.hasDisability === false && person.disabilities.length > 0)
      context.addIssue({
        code: 'custom',
        path: ['disabilities'],
        params: { key: 'disabilities_without_disability' },
        message: '',
      });
  });
export type AddPersonRequest = z.infer<typeof addPersonRequest>;

export const personSummary = z.object({
  id: z.uuid(),
  role: z.enum(PERSON_ROLES),
  sex: z.enum(SEXES).nullable(),
  gender: z.enum(GENDERS).nullable(),
  birthYear: z.number().nullable(),
  birthDatePrecision: z.enum(BIRTH_DATE_PRECISIONS).nullable(),
  nationality: z.string().nullable(),
  indigenousLanguage: z.string().nullable(),
  hasDisability: z.boolean().nullable(),
  disabilities: z.array(z.enum(DISABILITIES)),
  publicOfficial: z.boolean(),
  /** Only for callers who may see needs. */
  needs: z.array(z.string()).optional(),
  hasIdentity: z.boolean(),
  hasDocuments: z.boolean(),
  hasContact: z.boolean(),
  /** The record's version, also sent as ETag: writes name it in If-Match. */
  version: z.number().int(),
});
export type PersonSummary = z.infer<typeof personSummary>;
export const peopleList = z.object({ items: z.array(personSummary) });

export const revealRequest = z.strictObject({ reason: z.string().trim().min(10).max(2000) });
/** What is stored, as stored: plain text, never re-validated (older records predate some rules). */
export const revealedPerson = z.object({
  identity: z
    .object({
      givenNames: z.string().optional(),
      firstSurname: z.string().optional(),
      secondSurname: z.string().optional(),
      birthDate: z.string().optional(),
      curp: z.string().optional(),
    })
    .optional(),
  documents: z
    .array(
      z.object({
        kind: z.enum(DOCUMENT_KINDS),
        issuingCountry: z.string().nullable(),
        number: z.string(),
        expiresOn: z.string().nullable(),
      }),
    )
    .optional(),
  /** Only for callers who may see where a person can be found. */
  contacts: z
    .array(
      z.object({
        phone: z.string().optional(),
        email: z.string().optional(),
        address: z.string().optional(),
      }),
    )
    .optional(),
});
export type RevealedPerson = z.infer<typeof revealedPerson>;

export const personParams = z.strictObject({ caseId: z.uuid(), personId: z.uuid() });
