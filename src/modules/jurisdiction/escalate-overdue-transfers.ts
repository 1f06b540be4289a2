import { type Kysely, sql } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { SYSTEM_ACTOR, withActor } from '../../platform/db/with-actor.ts';
import { notifyUsers } from '../../platform/notifications/notify.ts';
import { agencyMembers } from '../../platform/notifications/recipients.ts';

export type Escalation = { transferId: string; caseId: string; notified: number };

/**
 * Escalates every transfer request left unanswered past its deadline: the receiving agency's
 * supervisors are told to answer, the requesting agency's supervisors that it is late, in the
 * application and by e-mail. Marking, telling and auditing commit together, so a request is escalated
 * exactly once however many processes sweep at the same time.
 */
export async function escalateOverdueTransfers(db: Kysely<Schema>): Promise<Escalation[]> {
  return withActor(db, SYSTEM_ACTOR, async (trx) => {
    const overdue = await sql<{
      transfer_id: string;
      case_id: string;
      from_agency_id: string;
      to_agency_id: string;
      from_code: string;
      to_code: string;
      respond_by: Date;
    }>`SELECT e.*, f.code AS from_code, d.code AS to_code
       FROM enlace_escalate_overdue_transfers() e
       JOIN agencies f ON f.id = e.from_agency_id JOIN agencies d ON d.id = e.to_agency_id
       ORDER BY e.respond_by, e.transfer_id`.execute(trx);
    const escalations: Escalation[] = [];
    for (const row of overdue.rows) {
      const notice = {
        subject: { type: 'case_transfer', id: row.transfer_id },
        caseId: row.case_id,
        params: {
          from: row.from_code,
          to: row.to_code,
          respondBy: row.respond_by.toISOString(),
        },
        outbox: ['email'] as const,
      };
      const receiving = await agencyMembers(trx, row.to_agency_id, ['supervisor']);
      const requesting = await agencyMembers(trx, row.from_agency_id, ['supervisor']);
      const notified =
        (await notifyUsers(trx, receiving, { ...notice, kind: 'transfer_escalated' })) +
        (await notifyUsers(trx, requesting, { ...notice, kind: 'transfer_unanswered' }));
      await recordAudit(trx, {
        action: 'case.transfer_escalate',
        recordType: 'case',
        recordId: row.case_id,
        details: { transferId: row.transfer_id, notified },
      });
      escalations.push({ transferId: row.transfer_id, caseId: row.case_id, notified });
    }
    return escalations;
  });
}
