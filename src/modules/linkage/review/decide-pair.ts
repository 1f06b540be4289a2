import type { Kysely } from 'kysely';
import type { PairDecisionValue, ReviewPairDetail } from '../../../contracts/linkage.ts';
import { recordAudit } from '../../../platform/audit/record-audit.ts';
import type { KeyRing } from '../../../platform/crypto/key-ring.ts';
import type { Schema } from '../../../platform/db/schema.ts';
import { type Actor, withActor } from '../../../platform/db/with-actor.ts';
import { ProblemError } from '../../../platform/http/problem.ts';
import { requireVersion, versionConflict } from '../../../platform/http/versioning.ts';
import { refreshLinkage } from '../database/refresh-linkage.ts';
import { findReviewPair } from './read-review-pair.ts';
import { requireReviewer } from './reviewer.ts';

export type DecisionInput = { decision: PairDecisionValue; reason?: string | undefined };

/**
 * A reviewer's decision on a pair, kept for good: later linkage runs rescore the pair but never change
 * what was decided. "Different" on two records that are in one cluster is an unmerge and needs a
 * reason. The clusters are redrawn at once by the linkage actor, in its own transaction; should that
 * fail, the decision stands and the next sweep applies it.
 */
export async function decidePair(
  deps: { db: Kysely<Schema>; keyRing: KeyRing },
  caller: Actor & { userId: string },
  target: { pairId: string; expectedVersion: number },
  input: DecisionInput,
): Promise<ReviewPairDetail> {
  requireReviewer(caller);
  await withActor(deps.db, caller, async (trx) => {
    const pair = await findReviewPair(trx, target.pairId);
    requireVersion(pair.version, target.expectedVersion);
    const unmerge = input.decision === 'different' && pair.together;
    if (unmerge && !input.reason) throw new ProblemError(422, 'unmerge_needs_reason');
    const updated = await trx
      .updateTable('linkage_pairs')
      .set({
        decision: input.decision,
        decided_by: caller.userId,
        decided_at: new Date(),
        applied: false,
        version: pair.version + 1,
      })
      .where('id', '=', target.pairId)
      .where('version', '=', pair.version)
      .returning('version')
      .executeTakeFirst();
    if (!updated) throw versionConflict(pair.version + 1, target.expectedVersion);
    await recordAudit(trx, {
      action: unmerge ? 'linkage.unmerge' : 'linkage.decide',
      recordType: 'linkage_pair',
      recordId: target.pairId,
      ...(input.reason ? { reason: input.reason } : {}),
      details: { decision: input.decision, previous: pair.decision, wereTogether: pair.together },
    });
  });
  await refreshLinkage(deps.db, deps.keyRing);
  return withActor(deps.db, caller, (trx) => findReviewPair(trx, target.pairId));
}
