import type { Kysely } from 'kysely';
import { z } from 'zod';
import { ROLES } from '../access/roles.ts';
import type { Schema } from '../db/schema.ts';
import { ProblemError } from '../http/problem.ts';
import { hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password.ts';
import { findAgencyByCode, insertUser } from './user-store.ts';

export const newUser = z.strictObject({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9][a-z0-9._-]{2,63}$/),
  displayName: z.string().trim().min(1).max(200),
  password: z.string().min(MIN_PASSWORD_LENGTH).max(MAX_PASSWORD_LENGTH),
  locale: z.enum(['es-MX', 'en']).default('es-MX'),
  agency: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9-]{1,31}$/),
  roles: z.array(z.enum(ROLES)).max(ROLES.length).default([]),
});
export type NewUser = z.input<typeof newUser>;

/** Creates an account in an agency; a taken user name is a conflict, never a silent overwrite. */
export async function createUser(db: Kysely<Schema>, input: NewUser): Promise<{ id: string }> {
  const user = newUser.parse(input);
  const agency = await findAgencyByCode(db, user.agency);
  if (!agency) throw new ProblemError(400, 'unknown_agency', { agency: user.agency });
  const created = await insertUser(db, {
    ...user,
    roles: [...new Set(user.roles)],
    agencyId: agency.id,
    passwordHash: await hashPassword(user.password),
  });
  if (!created) throw new ProblemError(409, 'username_taken', { username: user.username });
  return created;
}
