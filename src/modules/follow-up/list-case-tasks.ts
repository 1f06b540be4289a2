import type { Kysely } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { today } from '../case-records/dates.ts';
import { mayReadGroup } from '../case-records/record-access.ts';
import { authorizeCase } from '../cases/authorize-case.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { measureGroup } from '../protection/measure-rules.ts';
import { followUpTasks } from './follow-up-store.ts';

/** A case's open follow-up tasks, for those who may read the case (404 otherwise). */
export async function listCaseTasks(db: Kysely<Schema>, caller: CaseCaller, caseId: string) {
  return withActor(db, caller, async (trx) => {
    const { relation } = await authorizeCase(trx, caller, caseId, 'case.read');
    const tasks = await followUpTasks(trx, { caseId }, today());
    await recordAudit(trx, {
      action: 'case.read',
      recordType: 'case',
      recordId: caseId,
      details: { part: 'follow_up_tasks' },
    });
    return { items: tasks.filter((task) => mayReadGroup(caller, relation, measureGroup(task.kind))) };
  });
}
