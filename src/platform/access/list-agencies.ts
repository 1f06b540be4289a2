import type { Kysely } from 'kysely';
import type { Schema } from '../db/schema.ts';

/** The directory of active institutions, for choosing whom to share a case with or refer to. */
export async function listAgencies(db: Kysely<Schema>) {
  const rows = await db
    .selectFrom('agencies')
    .select([
      'id',
      'code',
      'name',
      'agency_type as agencyType',
      'sector',
      'jurisdiction_level as jurisdictionLevel',
      'state_code as stateCode',
      'municipality',
      'country_code as countryCode',
    ])
    .where('disabled_at', 'is', null)
    .orderBy('name')
    .execute();
  return { items: rows };
}
