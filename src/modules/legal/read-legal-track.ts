import { recordAudit } from '../../platform/audit/record-audit.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import type { RecordDeps } from '../case-records/create-record.ts';
import { authorizeCase } from '../cases/authorize-case.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { appealRecord } from './appeal-record.ts';
import { bilateralRecord } from './bilateral-record.ts';
import { chargeRecord } from './charge-record.ts';
import { extraditionRecord } from './extradition-record.ts';
import type { LegalTrack } from './legal-track-contract.ts';
import { proceedingRecord } from './proceeding-record.ts';
import { suggestedStatus } from './suggested-status.ts';
import { verdictRecord } from './verdict-record.ts';

/**
 * A case's legal track, for those who may read the investigation (404 for anyone else, shelters
 * included: they do not learn whether it exists), with the status it suggests for the case.
 */
export async function readLegalTrack(
  deps: RecordDeps,
  caller: CaseCaller,
  caseId: string,
): Promise<LegalTrack> {
  return withActor(deps.db, caller, async (trx) => {
    const { row } = await authorizeCase(trx, caller, caseId, 'investigation.read');
    const scope = { trx, caseId, caller, keyRing: deps.keyRing };
    const proceedings = await proceedingRecord.list(scope, {});
    const charges = await chargeRecord.list(scope, {});
    const verdicts = await verdictRecord.list(scope, {});
    await recordAudit(trx, {
      action: 'case.read',
      recordType: 'case',
      recordId: caseId,
      details: { part: 'legal_track' },
    });
    return {
      proceedings,
      charges,
      verdicts,
      appeals: await appealRecord.list(scope, {}),
      extraditions: await extraditionRecord.list(scope, {}),
      bilateralInvestigations: await bilateralRecord.list(scope, {}),
      suggestedStatus: suggestedStatus(row.status, {
        investigations: proceedings.length,
        prosecutions: proceedings.filter((proceeding) => proceeding.prosecutionInitiatedOn !== null).length,
        charges: charges.length,
        decidedCharges: verdicts.length,
      }),
    };
  });
}
