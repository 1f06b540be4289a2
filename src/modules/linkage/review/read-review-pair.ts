import type { Kysely, Transaction } from 'kysely';
import type { ReviewPairDetail } from '../../../contracts/linkage.ts';
import { recordAudit } from '../../../platform/audit/record-audit.ts';
import type { Schema } from '../../../platform/db/schema.ts';
import { type Actor, withActor } from '../../../platform/db/with-actor.ts';
import { notFound } from '../../../platform/http/problem.ts';
import { pairRows, reviewPairOf } from './pair-rows.ts';
import { requireReviewer } from './reviewer.ts';

/** One pair with the engine's evidence, field by field; audited, as it says two records may be one person. */
export async function readReviewPair(
  db: Kysely<Schema>,
  caller: Actor,
  pairId: string,
): Promise<ReviewPairDetail> {
  requireReviewer(caller);
  return withActor(db, caller, async (trx) => {
    const detail = await findReviewPair(trx, pairId);
    await recordAudit(trx, { action: 'linkage.pair_read', recordType: 'linkage_pair', recordId: pairId });
    return detail;
  });
}

export async function findReviewPair(trx: Transaction<Schema>, pairId: string): Promise<ReviewPairDetail> {
  const row = await pairRows(trx).where('lp.id', '=', pairId).executeTakeFirst();
  if (!row) throw notFound();
  return { ...reviewPairOf(row), priorWeight: row.evidence.priorWeight, evidence: row.evidence.lines };
}
