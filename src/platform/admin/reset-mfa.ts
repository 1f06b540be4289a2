import type { Kysely } from 'kysely';
import type { ManagedUser } from '../../contracts/admin.ts';
import { raiseAlert } from '../audit/alerts.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { deleteMfa } from '../auth/mfa-store.ts';
import { revokeUserSessions } from '../auth/session-store.ts';
import type { Schema } from '../db/schema.ts';
import { withActor } from '../db/with-actor.ts';
import { notFound, ProblemError } from '../http/problem.ts';
import type { Administrator } from './administrator.ts';
import { listUsers } from './list-users.ts';

/** Resetting someone's second factor needs a sign-in or re-authentication this recent. */
export const MFA_RESET_REAUTHENTICATION_MINUTES = 5;

/**
 * For a person who lost both the authenticator app and the recovery codes, once the administrator has
 * verified who they are by other means: the second factor is forgotten, so the account enrols again at
 * its next sign-in, every session ends (a session opened by whoever holds the lost phone included), and
 * the account's agency auditors are alerted, since this is how an impostor would take an account over.
 * Never one's own account: another administrator must vouch for the person.
 */
export async function resetMfa(
  db: Kysely<Schema>,
  admin: Administrator,
  userId: string,
  reason: string,
): Promise<ManagedUser> {
  const [target] = await listUsers(db, admin, userId);
  if (!target) throw notFound();
  if (userId === admin.userId) throw new ProblemError(400, 'cannot_reset_own_mfa');
  await withActor(db, admin, async (trx) => {
    const cleared = await deleteMfa(trx, userId);
    if (!cleared.enrolled) throw new ProblemError(409, 'mfa_not_enrolled');
    const revokedSessions = await revokeUserSessions(trx, userId);
    const { agency_id } = await trx
      .selectFrom('users')
      .select('agency_id')
      .where('id', '=', userId)
      .executeTakeFirstOrThrow();
    await raiseAlert(trx, {
      kind: 'mfa_reset',
      agencyId: agency_id,
      subjectUserId: admin.userId,
      details: { targetUserId: userId },
    });
    await recordAudit(trx, {
      action: 'user.mfa_reset',
      recordType: 'user',
      recordId: userId,
      reason,
      details: { recoveryCodesDeleted: cleared.recoveryCodes, revokedSessions, alert: 'agency_auditors' },
    });
  });
  const [updated] = await listUsers(db, admin, userId);
  return updated!;
}
