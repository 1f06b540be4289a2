import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Schema } from '../db/schema.ts';
import { ProblemError } from '../http/problem.ts';
import { hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password.ts';
import { insertUser } from './user-store.ts';

export const newUser = z.strictObject({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9][a-z0-9._-]{2,63}$/),
  displayName: z.string().trim().min(1).max(200),
  password: z.string().min(MIN_PASSWORD_LENGTH).max(MAX_PASSWORD_LENGTH),
  locale: z.enum(['es-MX', 'en']).default('es-MX'),
});
export type NewUser = z.input<typeof newUser>;

/** Creates an account; a taken user name is a conflict, never a silent overwrite. */
export async function createUser(db: Kysely<Schema>, input: NewUser): Promise<{ id: string }> {
  const user = newUser.parse(input);
  const created = await insertUser(db, { ...user, passwordHash: await hashPassword(user.password) });
  if (!created) throw new ProblemError(409, 'username_taken', { username: user.username });
  return created;
}
