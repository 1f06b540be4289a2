import { z } from 'zod';

export const recordParams = z.strictObject({ caseId: z.uuid(), recordId: z.uuid() });

/** Lists per person: `?personId=` narrows a case's records to one person. */
export const personFilter = z.strictObject({ personId: z.uuid().optional() });

/** Removing a record entered in error needs a reason; it stays in the case's history. */
export const removeRequest = z.strictObject({ reason: z.string().trim().min(10).max(2000) });

/** A foreign state, ISO 3166-1 alpha-2 (Mexico itself is not a foreign partner). */
export const foreignCountry = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/)
  .refine((code) => code !== 'MX', { params: { key: 'foreign_country_required' } });

export const agencyCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9-]{1,31}$/);

/** A patch must change something; fields set to null are changes (they clear the field). */
export const changesSomething = (patch: object) => Object.values(patch).some((value) => value !== undefined);
export const NOTHING_TO_CHANGE = { params: { key: 'nothing_to_change' } };

/** Fields of a patch that carry a value, so that a record and its patch can be merged and checked. */
export const definedFields = <P extends object>(patch: P): Partial<P> =>
  Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<P>;
