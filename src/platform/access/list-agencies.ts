import type { Kysely } from 'kysely';
import type { Schema } from '../db/schema.ts';

/** What the directory and an institution's own page say of it. */
export const AGENCY_SUMMARY_COLUMNS = [
  'id',
  'code',
  'name',
  'agency_type as agencyType',
  'sector',
  'jurisdiction_level as jurisdictionLevel',
  'state_code as stateCode',
  'municipality',
  'country_code as countryCode',
] as const;

/**
 * The directory of active institutions, for choosing whom to share a case with or refer to;
 * `includeDisabled` adds the suspended ones, for the administrators who register and suspend them.
 */
export async function listAgencies(db: Kysely<Schema>, { includeDisabled = false } = {}) {
  const rows = await db
    .selectFrom('agencies')
    .select((eb) => [
      ...AGENCY_SUMMARY_COLUMNS,
      eb('disabled_at', 'is not', null).$castTo<boolean>().as('disabled'),
      'version',
    ])
    .$if(!includeDisabled, (query) => query.where('disabled_at', 'is', null))
    .orderBy('name')
    .execute();
  return { items: rows };
}
