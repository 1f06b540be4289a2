import { type Kysely, sql, type Transaction } from 'kysely';
import type { Role } from '../access/roles.ts';
import type { Schema } from '../db/schema.ts';

export const findUserForSignIn = (db: Kysely<Schema>, username: string) =>
  db
    .selectFrom('users')
    .innerJoin('agencies', 'agencies.id', 'users.agency_id')
    .select([
      'users.id',
      'users.username',
      'users.display_name',
      'users.locale',
      'users.password_hash',
      'users.disabled_at',
      'agencies.disabled_at as agency_suspended_at',
    ])
    .where('users.username', '=', username)
    .executeTakeFirst();

export const findAgencyByCode = (db: Kysely<Schema>, code: string) =>
  db
    .selectFrom('agencies')
    .select(['id'])
    .where('code', '=', code)
    .where('disabled_at', 'is', null)
    .executeTakeFirst();

type NewUserRow = {
  username: string;
  displayName: string;
  passwordHash: string;
  locale: 'es-MX' | 'en';
  agencyId: string;
  roles: readonly Role[];
};

/** Inserts the account and its roles, inside the caller's transaction; undefined when the name is taken. */
export async function insertUser(
  trx: Transaction<Schema>,
  user: NewUserRow,
): Promise<{ id: string } | undefined> {
  const created = await trx
    .insertInto('users')
    .values({
      username: user.username,
      display_name: user.displayName,
      password_hash: user.passwordHash,
      locale: user.locale,
      agency_id: user.agencyId,
    })
    .onConflict((conflict) => conflict.column('username').doNothing())
    .returning(['id'])
    .executeTakeFirst();
  if (created && user.roles.length > 0) {
    await trx
      .insertInto('user_roles')
      .values(user.roles.map((role) => ({ user_id: created.id, role })))
      .execute();
  }
  return created;
}

/** The roles of the `users` row in the query, in a stable order. */
export const rolesOfUser = sql<
  Role[]
>`coalesce((SELECT array_agg(role ORDER BY role) FROM user_roles WHERE user_id = users.id), '{}')`;

/** Whether the `users` row in the query has a confirmed second factor. */
export const mfaEnrolledOfUser = sql<boolean>`EXISTS (SELECT FROM user_mfa WHERE user_id = users.id AND confirmed_at IS NOT NULL)`;

/** The agency, roles and second factor that go with a signed-in user. */
export const userMembership = (db: Kysely<Schema>, userId: string) =>
  db
    .selectFrom('users')
    .innerJoin('agencies', 'agencies.id', 'users.agency_id')
    .select([
      'agencies.id as agencyId',
      'agencies.code as agencyCode',
      'agencies.name as agencyName',
      'agencies.agency_type as agencyType',
      'agencies.jurisdiction_level as jurisdictionLevel',
      'agencies.state_code as stateCode',
      rolesOfUser.as('roles'),
      mfaEnrolledOfUser.as('mfaEnrolled'),
    ])
    .where('users.id', '=', userId)
    .executeTakeFirstOrThrow();
