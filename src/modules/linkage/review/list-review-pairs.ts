import type { Kysely } from 'kysely';
import type { ReviewStatus } from '../../../contracts/linkage.ts';
import type { Schema } from '../../../platform/db/schema.ts';
import { type Actor, withActor } from '../../../platform/db/with-actor.ts';
import { pairRows, reviewPairOf, togetherNow } from './pair-rows.ts';
import { requireReviewer } from './reviewer.ts';

const PAGE_SIZE = 25;

/**
 * The review queue: `pending` pairs are undecided and not in one cluster (between the thresholds, or
 * above them but kept apart against chaining), strongest first; `linked` pairs were joined by the
 * engine without a decision (where an unmerge starts); `decided` pairs, newest decision first.
 */
export async function listReviewPairs(
  db: Kysely<Schema>,
  caller: Actor,
  query: { status: ReviewStatus; page: number },
) {
  requireReviewer(caller);
  return withActor(db, caller, async (trx) => {
    let rows = pairRows(trx);
    if (query.status === 'decided') {
      rows = rows.where('lp.decision', 'is not', null).orderBy('lp.decided_at', 'desc');
    } else {
      rows = rows
        .where('lp.decision', 'is', null)
        .where(query.status === 'linked' ? togetherNow : (eb) => eb.not(togetherNow))
        .orderBy('lp.match_weight', 'desc');
    }
    const found = await rows
      .orderBy('lp.id')
      .limit(PAGE_SIZE + 1)
      .offset((query.page - 1) * PAGE_SIZE)
      .execute();
    return {
      items: found.slice(0, PAGE_SIZE).map(reviewPairOf),
      page: query.page,
      hasMore: found.length > PAGE_SIZE,
    };
  });
}
