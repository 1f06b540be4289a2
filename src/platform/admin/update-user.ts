import type { Kysely } from 'kysely';
import type { Role } from '../access/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { setUserRoles } from '../auth/set-user-roles.ts';
import type { Schema } from '../db/schema.ts';
import { withActor } from '../db/with-actor.ts';
import { notFound, ProblemError } from '../http/problem.ts';
import type { Administrator } from './administrator.ts';
import { listUsers } from './list-users.ts';

/**
 * Changes an account's roles (its sessions end) or disables / re-enables it (a disabled account's
 * sessions stop at their next request). Never another agency's account, never one's own disabling.
 */
export async function updateUser(
  db: Kysely<Schema>,
  admin: Administrator,
  userId: string,
  change: { roles?: Role[]; disabled?: boolean },
) {
  const [target] = await listUsers(db, admin, userId);
  if (!target) throw notFound();
  if (change.disabled !== undefined && userId === admin.userId)
    throw new ProblemError(400, 'cannot_disable_self');
  if (change.roles) await setUserRoles(db, { userId, roles: change.roles }, admin);
  if (change.disabled !== undefined && change.disabled !== target.disabled) {
    const disabled = change.disabled;
    await withActor(db, admin, async (trx) => {
      await trx
        .updateTable('users')
        .set({ disabled_at: disabled ? new Date() : null, updated_at: new Date() })
        .where('id', '=', userId)
        .execute();
      await recordAudit(trx, {
        action: disabled ? 'user.disable' : 'user.enable',
        recordType: 'user',
        recordId: userId,
      });
    });
  }
  const [updated] = await listUsers(db, admin, userId);
  return updated!;
}
