import { recordAudit } from '../../platform/audit/record-audit.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { ProblemError } from '../../platform/http/problem.ts';
import { requireVersion } from '../../platform/http/versioning.ts';
import type { RecordDeps } from '../case-records/create-record.ts';
import { refuseIssues } from '../case-records/field-issues.ts';
import { findRecord } from '../case-records/find-record.ts';
import { requireRecordWrite } from '../case-records/record-access.ts';
import type { RecordScope } from '../case-records/record-kind.ts';
import { bumpVersion } from '../case-records/record-sql.ts';
import { authorizeCase } from '../cases/authorize-case.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { fieldChanges } from '../history/field-changes.ts';
import { recordChange } from '../history/record-change.ts';
import type { ConsentView } from './consent-contract.ts';
import { consentRecord } from './consent-record.ts';
import { revocationIssues } from './consent-rules.ts';

/**
 * Records that a person withdrew a consent, from the day they did: uses that needed it stop from then
 * (statistics computed afterwards leave them out as the policy says). Final: a revoked consent stays
 * as it was, and a new consent is a new record.
 */
export function revokeConsent(
  deps: RecordDeps,
  caller: CaseCaller,
  target: { caseId: string; recordId: string },
  expected: number,
  revokedOn: string,
): Promise<ConsentView> {
  return withActor(deps.db, caller, (trx) =>
    revokeConsentIn(
      { trx, caseId: target.caseId, caller, keyRing: deps.keyRing },
      target.recordId,
      expected,
      revokedOn,
    ),
  );
}

/** The same inside a transaction the caller holds (an import revokes the consents it brings revoked). */
export async function revokeConsentIn(
  scope: RecordScope,
  recordId: string,
  expected: number,
  revokedOn: string,
): Promise<ConsentView> {
  const { trx, caller, caseId } = scope;
  const { relation } = await authorizeCase(trx, caller, caseId, 'case.read');
  const existing = await findRecord(scope, consentRecord, recordId);
  requireRecordWrite(caller, relation, null, false);
  requireVersion(existing.version, expected);
  if (existing.revokedOn !== null) throw new ProblemError(409, 'consent_revoked');
  refuseIssues(revocationIssues(existing.givenOn, revokedOn));
  const version = await bumpVersion(trx, 'consents', recordId, expected, {
    revoked_on: revokedOn,
    revoked_by: caller.userId,
  });
  await recordChange(trx, {
    caseId,
    recordType: consentRecord.recordType,
    recordId,
    version,
    kind: 'updated',
    fieldGroup: null,
    changes: fieldChanges(consentRecord.history, existing, { revokedOn }),
  });
  await recordAudit(trx, {
    action: 'consent.revoke',
    recordType: consentRecord.recordType,
    recordId,
    details: { caseId, version },
  });
  return findRecord(scope, consentRecord, recordId);
}
