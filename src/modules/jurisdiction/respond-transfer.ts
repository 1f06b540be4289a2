import { type Kysely, sql } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { notFound } from '../../platform/http/problem.ts';
import { notifyUsers } from '../../platform/notifications/notify.ts';
import type { CaseCaller } from '../cases/case-actor.ts';

/**
 * The receiving authority's prosecutor or supervisor accepts (the case changes owner; the former
 * owner keeps following it through a share) or declines with a reason; the person who asked is told.
 * Anything else: not found.
 */
export async function respondToTransfer(
  db: Kysely<Schema>,
  caller: CaseCaller,
  transferId: string,
  response: { accept: boolean; reason?: string },
) {
  return withActor(db, caller, async (trx) => {
    const fn = response.accept ? sql`enlace_accept_transfer` : sql`enlace_decline_transfer`;
    const result = await sql<{
      case_id: string | null;
    }>`SELECT ${fn}(${transferId}::uuid, ${response.reason ?? null}) AS case_id`.execute(trx);
    const caseId = result.rows[0]?.case_id;
    if (!caseId) throw notFound();
    await recordAudit(trx, {
      action: response.accept ? 'case.transfer_accept' : 'case.transfer_decline',
      recordType: 'case',
      recordId: caseId,
      ...(response.reason ? { reason: response.reason } : {}),
      details: { transferId },
    });
    const answered = await trx
      .selectFrom('case_transfers as t')
      .innerJoin('agencies as f', 'f.id', 't.from_agency_id')
      .innerJoin('agencies as d', 'd.id', 't.to_agency_id')
      .select(['t.requested_by', 'f.code as fromCode', 'd.code as toCode'])
      .where('t.id', '=', transferId)
      .executeTakeFirstOrThrow();
    await notifyUsers(trx, [answered.requested_by], {
      kind: response.accept ? 'transfer_accepted' : 'transfer_declined',
      subject: { type: 'case_transfer', id: transferId },
      caseId,
      params: { from: answered.fromCode, to: answered.toCode },
    });
    return { caseId, status: response.accept ? ('accepted' as const) : ('declined' as const) };
  });
}
