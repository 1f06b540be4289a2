import { z } from 'zod';
import { MAX_CONTACTS, MAX_DOCUMENTS, NEEDS } from './people-contract.ts';
import { birthYear, contactInput, documentInput, identityInput } from './person-inputs.ts';
import { DISABILITIES, GENDERS, SEXES } from './schema.ts';

const reason = z.string().trim().min(10).max(2000);
const changes = (patch: object) => Object.keys(patch).some((field) => field !== 'reason');

/**
 * What neither identifies nor locates a person. Null clears a field; a field left out stays as it is.
 * The role is not here: records of other modules (charges, suspects' roles) depend on it.
 */
export const updatePersonRequest = z
  .strictObject({
    sex: z.enum(SEXES).nullable().optional(),
    gender: z.enum(GENDERS).nullable().optional(),
    /** Refused while the identity holds a date of birth: the year follows that date. */
    birthYear: birthYear.nullable().optional(),
    nationality: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .nullable()
      .optional(),
    indigenousLanguage: z.string().trim().min(1).max(60).nullable().optional(),
    /** False or null also clears the kinds of disability. */
    hasDisability: z.boolean().nullable().optional(),
    disabilities: z.array(z.enum(DISABILITIES)).max(DISABILITIES.length).optional(),
    needs: z.array(z.enum(NEEDS)).max(NEEDS.length).optional(),
    /** Kept in the person's history. */
    reason: reason.optional(),
  })
  .refine(changes, { params: { key: 'nothing_to_change' } })
  .refine(
    (patch) => !(patch.disabilities?.length && patch.hasDisability !== undefined && !patch.hasDisability),
    {
      path: ['disabilities'],
      params: { key: 'disabilities_without_disability' },
    },
  );
export type UpdatePersonRequest = z.infer<typeof updatePersonRequest>;

/**
 * Who the person is and where to find them. Each part given replaces the stored one whole: the
 * identity (a field left out is cleared), the list of documents, the list of contact points.
 */
export const updateIdentityRequest = z
  .strictObject({
    identity: identityInput.optional(),
    documents: z.array(documentInput).max(MAX_DOCUMENTS).optional(),
    contacts: z.array(contactInput).max(MAX_CONTACTS).optional(),
    reason: reason.optional(),
  })
  .refine(changes, { params: { key: 'nothing_to_change' } });
export type UpdateIdentityRequest = z.infer<typeof updateIdentityRequest>;
