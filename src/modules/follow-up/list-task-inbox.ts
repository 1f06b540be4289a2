import type { Kysely } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { today } from '../case-records/dates.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { followUpTasks } from './follow-up-store.ts';

/**
 * The follow-up the caller's agency is responsible for (the measures it applied for, requested or
 * recorded as ordered), overdue first. Row-level security leaves out cases the agency no longer reaches
 * and witness protection for those who may not read the investigation.
 */
export async function listTaskInbox(db: Kysely<Schema>, caller: CaseCaller) {
  return withActor(db, caller, async (trx) => {
    const tasks = await followUpTasks(trx, { responsibleAgencyId: caller.agencyId }, today());
    await recordAudit(trx, {
      action: 'follow_up.inbox.read',
      recordType: 'agency',
      recordId: caller.agencyId,
      details: { count: tasks.length },
    });
    const weight = (task: (typeof tasks)[number]) => (task.overdue ? 0 : 1);
    return { items: tasks.sort((a, b) => weight(a) - weight(b)) };
  });
}
