import type { Kysely } from 'kysely';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { notFound } from '../../platform/http/problem.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { computesNationalFigures } from './national-access.ts';
import { activityViews, recordsPrevention } from './prevention-store.ts';

/**
 * Prevention activities: staff see their own agency's, national readers (statisticians, the
 * commission's supervisors) every agency's. Anyone else: not found.
 */
export async function listPreventionActivities(
  db: Kysely<Schema>,
  caller: CaseCaller,
  query: { year?: number | undefined },
) {
  return withActor(db, caller, async (trx) => {
    if (!recordsPrevention(caller.roles) && !(await computesNationalFigures(trx, caller))) throw notFound();
    return { items: await activityViews(trx, { year: query.year }) };
  });
}
