import { z } from 'zod';
import { distinct } from '../exploitation/shared-contract.ts';
import { PROCESS_ROLE_CODES } from './process-roles.ts';

const processRoles = z
  .array(z.enum(PROCESS_ROLE_CODES))
  .max(PROCESS_ROLE_CODES.length)
  .refine(distinct, { params: { key: 'duplicate_values' } })
  .describe('What the suspect did in the trafficking process (HTCDS roles in process)');
const agencyCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9-]{1,31}$/)
  .describe('An institution of the directory: the case is walled off from it at once');
/** Encrypted at rest: an institution outside the directory, such as a municipal police force. */
const officialInstitution = z.string().trim().min(1).max(300);
const organisedCrime = z
  .boolean()
  .nullable()
  .describe('Member of an organised-crime group; null while unknown');

const institutionNeedsOfficial = {
  path: ['publicOfficial'],
  params: { key: 'institution_needs_official' },
};

export const createSuspectRoleRequest = z
  .strictObject({
    /** A suspect of this case. */
    personId: z.uuid(),
    processRoles: processRoles.optional(),
    publicOfficial: z.boolean(),
    officialAgencyCode: agencyCode.optional(),
    officialInstitution: officialInstitution.optional(),
    organisedCrime: organisedCrime.optional(),
  })
  .refine(
    (input) => input.publicOfficial || (!input.officialAgencyCode && !input.officialInstitution),
    institutionNeedsOfficial,
  );
export type CreateSuspectRoleRequest = z.infer<typeof createSuspectRoleRequest>;

/** A field left out stays as it is; null clears it. */
export const updateSuspectRoleRequest = z
  .strictObject({
    processRoles: processRoles.optional(),
    publicOfficial: z.boolean().optional(),
    officialAgencyCode: agencyCode.nullable().optional(),
    officialInstitution: officialInstitution.nullable().optional(),
    organisedCrime: organisedCrime.optional(),
  })
  .refine((patch) => Object.values(patch).some((value) => value !== undefined), {
    params: { key: 'nothing_to_change' },
  });
export type UpdateSuspectRoleRequest = z.infer<typeof updateSuspectRoleRequest>;

export const suspectRoleView = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  personId: z.uuid(),
  version: z.number().int(),
  processRoles: z.array(z.enum(PROCESS_ROLE_CODES)),
  publicOfficial: z.boolean(),
  officialAgency: z.object({ code: z.string(), name: z.string() }).nullable(),
  officialInstitution: z.string().nullable(),
  organisedCrime: z.boolean().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SuspectRoleView = z.infer<typeof suspectRoleView>;

export const suspectRoleList = z.object({ items: z.array(suspectRoleView) });
export const suspectRoleListQuery = z.strictObject({ personId: z.uuid().optional() });
export const suspectRoleParams = z.strictObject({ caseId: z.uuid(), suspectRoleId: z.uuid() });
