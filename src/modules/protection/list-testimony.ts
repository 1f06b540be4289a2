import { recordAudit } from '../../platform/audit/record-audit.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import type { RecordDeps } from '../case-records/create-record.ts';
import { authorizeCase } from '../cases/authorize-case.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import type { TestimonyView } from './testimony-contract.ts';
import { testimonyRecord } from './testimony-record.ts';

/** The survivors' decisions on testifying, for those who may read the investigation only (404 otherwise). */
export async function listTestimony(
  deps: RecordDeps,
  caller: CaseCaller,
  caseId: string,
  personId: string | undefined,
): Promise<{ items: TestimonyView[] }> {
  return withActor(deps.db, caller, async (trx) => {
    await authorizeCase(trx, caller, caseId, 'investigation.read');
    const items = await testimonyRecord.list({ trx, caseId, caller, keyRing: deps.keyRing }, { personId });
    await recordAudit(trx, {
      action: 'case.read',
      recordType: 'case',
      recordId: caseId,
      details: { part: 'testimony_decisions' },
    });
    return { items };
  });
}
