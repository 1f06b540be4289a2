import type { Kysely } from 'kysely';
import type { Schema } from '../db/schema.ts';

export const findUserForSignIn = (db: Kysely<Schema>, username: string) =>
  db
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'locale', 'password_hash', 'disabled_at'])
    .where('username', '=', username)
    .executeTakeFirst();

export const insertUser = (
  db: Kysely<Schema>,
  user: { username: string; displayName: string; passwordHash: string; locale: 'es-MX' | 'en' },
) =>
  db
    .insertInto('users')
    .values({
      username: user.username,
      display_name: user.displayName,
      password_hash: user.passwordHash,
      locale: user.locale,
    })
    .onConflict((conflict) => conflict.column('username').doNothing())
    .returning(['id'])
    .executeTakeFirst();
