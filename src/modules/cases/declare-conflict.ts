import type { Kysely } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import type { CaseCaller } from './case-actor.ts';
import { readCase } from './read-case.ts';
import { insertWall } from './store.ts';

/** A user who declares a conflict of interest walls themself off from the case at once. */
export async function declareConflict(db: Kysely<Schema>, caller: CaseCaller, caseId: string): Promise<void> {
  await readCase(db, caller, caseId);
  await withActor(db, caller, async (trx) => {
    await insertWall(trx, { caseId, userId: caller.userId, cause: 'conflict_of_interest' });
    await recordAudit(trx, { action: 'case.conflict_declared', recordType: 'case', recordId: caseId });
  });
}
