import { type Kysely, sql } from 'kysely';
import type { ManagedUser } from '../../contracts/admin.ts';
import type { Role } from '../access/roles.ts';
import type { Schema } from '../db/schema.ts';
import type { Administrator } from './administrator.ts';

/** The accounts an administrator manages: their agency's, or every agency's for the platform's. */
export async function listUsers(
  db: Kysely<Schema>,
  admin: Administrator,
  userId?: string,
): Promise<ManagedUser[]> {
  let query = db
    .selectFrom('users')
    .innerJoin('agencies', 'agencies.id', 'users.agency_id')
    .select([
      'users.id',
      'users.username',
      'users.display_name as displayName',
      'agencies.code as agencyCode',
      'agencies.name as agencyName',
      sql<
        Role[]
      >`coalesce((SELECT array_agg(role ORDER BY role) FROM user_roles WHERE user_id = users.id), '{}')`.as(
        'roles',
      ),
      sql<boolean>`users.disabled_at IS NOT NULL`.as('disabled'),
      sql<boolean>`EXISTS (SELECT 1 FROM user_mfa m WHERE m.user_id = users.id AND m.confirmed_at IS NOT NULL)`.as(
        'mfaEnrolled',
      ),
      sql<string>`to_char(users.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`.as('createdAt'),
    ])
    .orderBy('agencies.code')
    .orderBy('users.username');
  if (!admin.platformWide) query = query.where('users.agency_id', '=', admin.agencyId);
  if (userId) query = query.where('users.id', '=', userId);
  const rows = await query.execute();
  return rows.map(({ agencyCode, agencyName, ...user }) => ({
    ...user,
    agency: { code: agencyCode, name: agencyName },
  }));
}
