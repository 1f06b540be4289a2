import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Database } from '../../platform/db/database.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import type { CaseCaller } from './case-actor.ts';
import { readCase } from './read-case.ts';
import { insertWall } from './store.ts';

/** A user who declares a conflict of interest walls themself off from the case at once. */
export async function declareConflict(
  database: Pick<Database, 'app' | 'db'>,
  caller: CaseCaller,
  caseId: string,
): Promise<void> {
  await readCase(database, caller, caseId);
  await withActor(database.db, caller, async (trx) => {
    await insertWall(trx, { caseId, userId: caller.userId, cause: 'conflict_of_interest' });
    await recordAudit(trx, { action: 'case.conflict_declared', recordType: 'case', recordId: caseId });
  });
}
