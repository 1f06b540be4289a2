import type { Kysely } from 'kysely';
import type { Recommendation } from '../../contracts/annual-report.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { notFound } from '../../platform/http/problem.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { reportAccess } from './report-access.ts';
import { loadRecommendations } from './tracker-store.ts';

/**
 * The tracker: readers of the report see every item; an agency that owns items sees those. Anyone
 * else sees none and, for one item, a 404.
 */
export function listRecommendations(db: Kysely<Schema>, caller: CaseCaller): Promise<Recommendation[]> {
  return withActor(db, caller, async (trx) => {
    const access = await reportAccess(trx, caller);
    const items = await loadRecommendations(trx);
    return access.reads ? items : items.filter((item) => item.ownerAgency.id === caller.agencyId);
  });
}

export function readRecommendation(
  db: Kysely<Schema>,
  caller: CaseCaller,
  id: string,
): Promise<Recommendation> {
  return withActor(db, caller, async (trx) => {
    const access = await reportAccess(trx, caller);
    const [item] = await loadRecommendations(trx, id);
    if (!item || (!access.reads && item.ownerAgency.id !== caller.agencyId)) throw notFound();
    return item;
  });
}
