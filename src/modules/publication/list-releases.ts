import type { Kysely } from 'kysely';
import type { ReleaseRecord } from '../../contracts/publication.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { requirePublisher } from './release-access.ts';
import { releaseRecordView } from './release-views.ts';

/** Every release the commission approved, newest first, withdrawn ones with who, when and why. */
export async function listReleases(db: Kysely<Schema>, caller: CaseCaller): Promise<ReleaseRecord[]> {
  return withActor(db, caller, async (trx) => {
    await requirePublisher(trx, caller);
    const rows = await trx
      .selectFrom('statistical_releases')
      .selectAll()
      .orderBy('approved_at', 'desc')
      .execute();
    return rows.map(releaseRecordView);
  });
}
