import { type Kysely, sql } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { SYSTEM_ACTOR, withActor } from '../../platform/db/with-actor.ts';
import { notifyUsers } from '../../platform/notifications/notify.ts';
import { agencyMembers } from '../../platform/notifications/recipients.ts';
import { PROVIDER_ANSWERERS } from './send-referral.ts';

export type ReferralEscalation = { referralId: string; caseId: string; notified: number };

/**
 * Escalates every referral left unanswered past its deadline: the provider's staff are reminded to
 * answer, the sending agency's supervisors told it is late, in the application and by e-mail. As with
 * transfers, the SECURITY DEFINER mark makes each escalation happen exactly once.
 */
export async function escalateOverdueReferrals(db: Kysely<Schema>): Promise<ReferralEscalation[]> {
  return withActor(db, SYSTEM_ACTOR, async (trx) => {
    const overdue = await sql<{
      referral_id: string;
      case_id: string;
      from_agency_id: string;
      provider_agency_id: string;
      urgency: string;
      respond_by: Date;
      from_code: string;
      provider_code: string;
    }>`SELECT e.*, f.code AS from_code, p.code AS provider_code
       FROM enlace_escalate_overdue_referrals() e
       JOIN agencies f ON f.id = e.from_agency_id JOIN agencies p ON p.id = e.provider_agency_id
       ORDER BY e.respond_by, e.referral_id`.execute(trx);
    const escalations: ReferralEscalation[] = [];
    for (const row of overdue.rows) {
      const notice = {
        subject: { type: 'referral', id: row.referral_id },
        params: {
          from: row.from_code,
          provider: row.provider_code,
          urgency: row.urgency,
          respondBy: row.respond_by.toISOString(),
        },
        outbox: ['email'] as const,
      };
      const provider = await agencyMembers(trx, row.provider_agency_id, PROVIDER_ANSWERERS);
      const sender = await agencyMembers(trx, row.from_agency_id, ['supervisor']);
      const notified =
        (await notifyUsers(trx, provider, { ...notice, caseId: null, kind: 'referral_overdue' })) +
        (await notifyUsers(trx, sender, { ...notice, caseId: row.case_id, kind: 'referral_unanswered' }));
      await recordAudit(trx, {
        action: 'referral.escalate',
        recordType: 'referral',
        recordId: row.referral_id,
        details: { notified },
      });
      escalations.push({ referralId: row.referral_id, caseId: row.case_id, notified });
    }
    return escalations;
  });
}
