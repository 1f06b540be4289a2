import { type Kysely, sql } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { SYSTEM_ACTOR, withActor } from '../../platform/db/with-actor.ts';
import { notifyUsers } from '../../platform/notifications/notify.ts';
import { agencyMembers } from '../../platform/notifications/recipients.ts';
import { FOLLOW_UP_DAYS } from './follow-up-rules.ts';

export type ProtectionEscalation = { measureId: string; caseId: string; notified: number };

/**
 * Escalates every open protection measure past its follow-up deadline, once: whoever recorded it and
 * the responsible agency's supervisors are told in the application and by e-mail, as for referrals.
 * The deadlines are this module's rule, passed to the database so both count the same days.
 */
export async function escalateOverdueProtection(db: Kysely<Schema>): Promise<ProtectionEscalation[]> {
  return withActor(db, SYSTEM_ACTOR, async (trx) => {
    const overdue = await sql<{
      measure_id: string;
      case_id: string;
      kind: string;
      due_on: string;
      recorded_by: string;
      responsible_agency_id: string;
    }>`SELECT measure_id, case_id, kind, to_char(due_on, 'YYYY-MM-DD') AS due_on, recorded_by,
              responsible_agency_id
       FROM enlace_escalate_overdue_protection(${JSON.stringify(FOLLOW_UP_DAYS)}::jsonb)
       ORDER BY due_on, measure_id`.execute(trx);
    const escalations: ProtectionEscalation[] = [];
    for (const row of overdue.rows) {
      const supervisors = await agencyMembers(trx, row.responsible_agency_id, ['supervisor']);
      const recipients = [...new Set([row.recorded_by, ...supervisors])];
      const notified = await notifyUsers(trx, recipients, {
        kind: 'protection_follow_up_overdue',
        subject: { type: 'protection_measure', id: row.measure_id },
        caseId: row.case_id,
        params: { kind: row.kind, dueOn: row.due_on },
        outbox: ['email'],
      });
      await recordAudit(trx, {
        action: 'protection.follow_up_escalate',
        recordType: 'protection_measure',
        recordId: row.measure_id,
        details: { notified },
      });
      escalations.push({ measureId: row.measure_id, caseId: row.case_id, notified });
    }
    return escalations;
  });
}
