import { type Kysely, sql } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { notFound } from '../../platform/http/problem.ts';
import type { CaseCaller } from '../cases/case-actor.ts';

/**
 * The receiving authority's prosecutor or supervisor accepts (the case changes owner; the former
 * owner keeps following it through a share) or declines with a reason. Anything else: not found.
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
    return { caseId, status: response.accept ? ('accepted' as const) : ('declined' as const) };
  });
}
