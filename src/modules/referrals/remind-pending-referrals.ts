import { type Kysely, sql } from 'kysely';
import type { Schema } from '../../platform/db/schema.ts';
import { SYSTEM_ACTOR, withActor } from '../../platform/db/with-actor.ts';
import { notifyUsers } from '../../platform/notifications/notify.ts';
import { agencyMembers } from '../../platform/notifications/recipients.ts';
import { PROVIDER_ANSWERERS } from './send-referral.ts';

/**
 * Halfway to its deadline, a referral still unanswered reminds the provider's staff, once: a nudge
 * before the escalation to supervisors. The database's clock decides, as for escalation.
 */
export async function remindPendingReferrals(db: Kysely<Schema>): Promise<number> {
  return withActor(db, SYSTEM_ACTOR, async (trx) => {
    const pending = await sql<{
      referral_id: string;
      provider_agency_id: string;
      urgency: string;
      respond_by: Date;
    }>`SELECT * FROM enlace_remind_pending_referrals() ORDER BY respond_by, referral_id`.execute(trx);
    for (const row of pending.rows)
      await notifyUsers(trx, await agencyMembers(trx, row.provider_agency_id, PROVIDER_ANSWERERS), {
        kind: 'referral_reminder',
        subject: { type: 'referral', id: row.referral_id },
        caseId: null,
        params: { urgency: row.urgency, respondBy: row.respond_by.toISOString() },
      });
    return pending.rows.length;
  });
}
