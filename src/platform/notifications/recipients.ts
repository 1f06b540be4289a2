import type { Transaction } from 'kysely';
import type { Role } from '../access/roles.ts';
import type { Schema } from '../db/schema.ts';

/** The active accounts of an agency that hold any of `roles`: who is told about the agency's work. */
export async function agencyMembers(
  trx: Transaction<Schema>,
  agencyId: string,
  roles: readonly Role[],
): Promise<string[]> {
  const rows = await trx
    .selectFrom('users')
    .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select('users.id')
    .distinct()
    .where('users.agency_id', '=', agencyId)
    .where('users.disabled_at', 'is', null)
    .where('user_roles.role', 'in', roles)
    .orderBy('users.id')
    .execute();
  return rows.map((row) => row.id);
}
