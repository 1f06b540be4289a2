import type { Kysely } from 'kysely';
import { z } from 'zod';
import { ROLES, type Role } from '../access/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Schema } from '../db/schema.ts';
import { type Actor, SYSTEM_ACTOR, withActor } from '../db/with-actor.ts';
import { notFound } from '../http/problem.ts';
import { revokeUserSessions } from './session-store.ts';

const roleSet = z.array(z.enum(ROLES)).max(ROLES.length);

export type RoleChange = { added: Role[]; removed: Role[]; revokedSessions: number };

/**
 * Gives a user exactly `roles`. When that changes anything, every session of the user ends in the same
 * transaction: an open session must not keep powers that were taken away, nor gain new ones without a
 * fresh sign-in (which asks for a second factor when a new role needs one). Audited with the change.
 */
export async function setUserRoles(
  db: Kysely<Schema>,
  input: { userId: string; roles: readonly Role[] },
  actor: Actor = SYSTEM_ACTOR,
): Promise<RoleChange> {
  const wanted = new Set(roleSet.parse(input.roles));
  return withActor(db, actor, async (trx) => {
    const user = await trx
      .selectFrom('users')
      .select('id')
      .where('id', '=', input.userId)
      .forUpdate()
      .executeTakeFirst();
    if (!user) throw notFound();
    const held = await trx.selectFrom('user_roles').select('role').where('user_id', '=', user.id).execute();
    const current = new Set(held.map((row) => row.role));
    const added = [...wanted].filter((role) => !current.has(role)).sort();
    const removed = [...current].filter((role) => !wanted.has(role)).sort();
    if (added.length === 0 && removed.length === 0) return { added, removed, revokedSessions: 0 };
    if (removed.length > 0) {
      await trx
        .deleteFrom('user_roles')
        .where('user_id', '=', user.id)
        .where('role', 'in', removed)
        .execute();
    }
    if (added.length > 0) {
      await trx
        .insertInto('user_roles')
        .values(added.map((role) => ({ user_id: user.id, role, granted_by: actor.userId })))
        .execute();
    }
    const revokedSessions = await revokeUserSessions(trx, user.id);
    await recordAudit(trx, {
      action: 'user.roles_change',
      recordType: 'user',
      recordId: user.id,
      details: { added, removed, revokedSessions },
    });
    return { added, removed, revokedSessions };
  });
}
