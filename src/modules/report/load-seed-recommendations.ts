import type { Kysely } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { recordRecommendationCreated } from './assessment-history.ts';
import { requireReportWriter } from './report-access.ts';
import { SEED_RECOMMENDATIONS } from './seed-recommendations.ts';

/** When the seed's recommendations fall due: the end of the year after the seed report's (2012). */
const SEED_DUE_ON = '2013-12-31';

/**
 * Loads the seed's recommendations as tracked items (the commission only). Each goes to the first
 * institution of the kind that would own it, or to the caller's commission when there is none.
 * Idempotent: an item already loaded is left as it is. Each added item starts its history. Answers
 * how many were added.
 */
export function loadSeedRecommendations(db: Kysely<Schema>, caller: CaseCaller): Promise<number> {
  return withActor(db, caller, async (trx) => {
    await requireReportWriter(trx, caller);
    const agencies = await trx.selectFrom('agencies').select(['id', 'agency_type']).orderBy('code').execute();
    let added = 0;
    for (const seed of SEED_RECOMMENDATIONS) {
      const owner = agencies.find((agency) => agency.agency_type === seed.owner)?.id ?? caller.agencyId;
      const inserted = await trx
        .insertInto('recommendations')
        .values({
          text_es: seed.es,
          text_en: seed.en,
          owner_agency_id: owner,
          due_on: SEED_DUE_ON,
          indicator_codes: seed.indicatorCodes,
          seed_key: seed.key,
          created_by: caller.userId,
        })
        .onConflict((conflict) => conflict.column('seed_key').doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!inserted) continue;
      await recordRecommendationCreated(trx, inserted.id, {
        textEs: seed.es,
        textEn: seed.en,
        ownerAgencyId: owner,
        dueOn: SEED_DUE_ON,
        indicatorCodes: seed.indicatorCodes,
      });
      added += 1;
    }
    await recordAudit(trx, { action: 'report.recommendations_seed', details: { added } });
    return added;
  });
}
