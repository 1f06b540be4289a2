import type { Kysely } from 'kysely';
import type { ReleaseRecord } from '../../contracts/publication.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { notFound, ProblemError } from '../../platform/http/problem.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { requirePublisher } from './release-access.ts';
import { releaseRecordView } from './release-views.ts';

/**
 * Withdraws a release from the public, once, with the commission's written reason (kept on the release
 * and in the audit log). The snapshot itself stays as it was, for the record.
 */
export async function withdrawRelease(
  db: Kysely<Schema>,
  caller: CaseCaller,
  releaseId: string,
  reason: string,
): Promise<ReleaseRecord> {
  return withActor(db, caller, async (trx) => {
    await requirePublisher(trx, caller);
    const release = await trx
      .selectFrom('statistical_releases')
      .select(['id', 'withdrawn_at'])
      .where('id', '=', releaseId)
      .executeTakeFirst();
    if (!release) throw notFound();
    if (release.withdrawn_at) throw new ProblemError(409, 'release_already_withdrawn');
    const row = await trx
      .updateTable('statistical_releases')
      .set({ withdrawn_at: new Date(), withdrawn_by: caller.userId, withdrawal_reason: reason })
      .where('id', '=', releaseId)
      .where('withdrawn_at', 'is', null)
      .returningAll()
      .executeTakeFirst();
    // Another withdrawal committed between the read and this write.
    if (!row) throw new ProblemError(409, 'release_already_withdrawn');
    await recordAudit(trx, {
      action: 'statistics.release_withdrawn',
      recordType: 'statistical_release',
      recordId: releaseId,
      reason,
      details: { year: row.year },
    });
    return releaseRecordView(row);
  });
}
