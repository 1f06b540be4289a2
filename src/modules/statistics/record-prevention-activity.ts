import type { Kysely } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import type { PreventionActivityRequest } from './prevention-contract.ts';
import { activityColumns, oneActivity, requirePreventionRecorder } from './prevention-store.ts';

/** Records a prevention activity of the caller's own agency. */
export async function recordPreventionActivity(
  db: Kysely<Schema>,
  caller: CaseCaller,
  input: PreventionActivityRequest,
) {
  requirePreventionRecorder(caller.roles);
  return withActor(db, caller, async (trx) => {
    const created = await trx
      .insertInto('prevention_activities')
      .values({
        activity_type: input.activityType,
        held_on: input.heldOn,
        state_code: input.stateCode ?? null,
        audience: input.audience,
        languages: [...input.languages],
        people_reached: input.peopleReached,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      action: 'prevention_activity.create',
      recordType: 'prevention_activity',
      recordId: created.id,
      details: { fields: Object.keys(activityColumns(input)), version: 1 },
    });
    return oneActivity(trx, created.id);
  });
}
