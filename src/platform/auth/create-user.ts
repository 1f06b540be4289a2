import type { Kysely } from 'kysely';
import { z } from 'zod';
import { ROLES } from '../access/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Schema } from '../db/schema.ts';
import { type Actor, SYSTEM_ACTOR, withActor } from '../db/with-actor.ts';
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

/**
 * Creates an account in an agency, audited in the same transaction; a taken user name is a conflict,
 * never a silent overwrite. The CLI acts as the system; the administration API will pass its user.
 */
export async function createUser(
  db: Kysely<Schema>,
  input: NewUser,
  actor: Actor = SYSTEM_ACTOR,
): Promise<{ id: string }> {
  const user = newUser.parse(input);
  const agency = await findAgencyByCode(db, user.agency);
  if (!agency) throw new ProblemError(400, 'unknown_agency');
  const passwordHash = await hashPassword(user.password);
  const roles = [...new Set(user.roles)];
  return withActor(db, actor, async (trx) => {
    const created = await insertUser(trx, { ...user, roles, agencyId: agency.id, passwordHash });
    if (!created) throw new ProblemError(409, 'username_taken', { username: user.username });
    await recordAudit(trx, {
      action: 'user.create',
      recordType: 'user',
      recordId: created.id,
      details: { roles },
    });
    return created;
  });
}
