import type { Kysely } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { notFound } from '../../platform/http/problem.ts';
import { requireVersion, versionConflict } from '../../platform/http/versioning.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import type { PreventionActivityPatch } from './prevention-contract.ts';
import { activityColumns, oneActivity, requirePreventionRecorder } from './prevention-store.ts';

/**
 * Changes an activity of the caller's own agency (If-Match: its version). Another agency's activity is
 * not found, whoever reads it: row-level security hides it from the update as from the read.
 */
export async function updatePreventionActivity(
  db: Kysely<Schema>,
  caller: CaseCaller,
  activityId: string,
  expected: number,
  patch: PreventionActivityPatch,
) {
  requirePreventionRecorder(caller.roles);
  return withActor(db, caller, async (trx) => {
    const row = await trx
      .selectFrom('prevention_activities')
      .select(['version', 'agency_id'])
      .where('id', '=', activityId)
      .executeTakeFirst();
    // National readers see every agency's activities but change only their own.
    if (!row || row.agency_id !== caller.agencyId) throw notFound();
    requireVersion(row.version, expected);
    const columns = activityColumns(patch);
    const updated = await trx
      .updateTable('prevention_activities')
      .set({ ...columns, version: expected + 1, updated_at: new Date() })
      .where('id', '=', activityId)
      .where('version', '=', expected)
      .returning('version')
      .executeTakeFirst();
    // Another edit committed between the read and this write.
    if (!updated) throw versionConflict(expected + 1, expected);
    await recordAudit(trx, {
      action: 'prevention_activity.update',
      recordType: 'prevention_activity',
      recordId: activityId,
      details: { fields: Object.keys(columns), version: updated.version },
    });
    return oneActivity(trx, activityId);
  });
}
