import { recordAudit } from '../../platform/audit/record-audit.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import type { RecordDeps } from '../case-records/create-record.ts';
import { mayReadGroup } from '../case-records/record-access.ts';
import { authorizeCase } from '../cases/authorize-case.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import type { MeasureView } from './measure-contract.ts';
import { measureRecord } from './measure-record.ts';
import { measureGroup } from './measure-rules.ts';

/**
 * A case's protection measures (or one person's), without the kinds the caller may not see: a shelter
 * reads immigration relief, repatriation and compensation, never witness protection or non-punishment.
 * Row-level security leaves those out too; the filter here keeps the rule explicit.
 */
export async function listMeasures(
  deps: RecordDeps,
  caller: CaseCaller,
  caseId: string,
  personId: string | undefined,
): Promise<{ items: MeasureView[] }> {
  return withActor(deps.db, caller, async (trx) => {
    const { relation } = await authorizeCase(trx, caller, caseId, 'case.read');
    const measures = await measureRecord.list({ trx, caseId, caller, keyRing: deps.keyRing }, { personId });
    await recordAudit(trx, {
      action: 'case.read',
      recordType: 'case',
      recordId: caseId,
      details: { part: 'protection_measures' },
    });
    return {
      items: measures.filter((measure) => mayReadGroup(caller, relation, measureGroup(measure.kind))),
    };
  });
}
