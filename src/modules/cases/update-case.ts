import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { ProblemError } from '../../platform/http/problem.ts';
import { requireVersion, versionConflict } from '../../platform/http/versioning.ts';
import { fieldChanges, type HistorySpec } from '../history/field-changes.ts';
import { recordChange } from '../history/record-change.ts';
import { authorizeCase } from './authorize-case.ts';
import type { CaseCaller } from './case-actor.ts';
import type { CaseView, updateCaseRequest } from './contract.ts';
import { caseView } from './read-case.ts';
import { refuseStatusChange } from './status-change.ts';

export const CASE_HISTORY: HistorySpec<'status' | 'stateCode' | 'municipality'> = {
  status: 'shown',
  stateCode: 'shown',
  municipality: 'shown',
};

/**
 * Changes a case's status or place when the caller still holds its current version; the change goes
 * into the case's history and the audit log in the same transaction.
 */
export async function updateCase(
  db: Kysely<Schema>,
  caller: CaseCaller,
  caseId: string,
  expected: number,
  patch: z.infer<typeof updateCaseRequest>,
): Promise<CaseView> {
  return withActor(db, caller, async (trx) => {
    const { row } = await authorizeCase(trx, caller, caseId, 'case.update');
    requireVersion(row.version, expected);
    if (patch.status) {
      const refusal = refuseStatusChange(row.status, patch.status, caller.roles, patch.reason);
      if (refusal) throw new ProblemError(422, refusal);
    }
    const changes = fieldChanges(CASE_HISTORY, row, patch);
    if (changes.length === 0) return caseView(trx, caller, caseId);
    const updated = await trx
      .updateTable('cases')
      .set({
        ...(patch.status && { status: patch.status }),
        ...(patch.stateCode && { state_code: patch.stateCode }),
        ...(patch.municipality !== undefined && { municipality: patch.municipality }),
        updated_at: new Date(),
        version: row.version + 1,
      })
      .where('id', '=', caseId)
      .where('version', '=', expected)
      .returning('version')
      .executeTakeFirst();
    // Another transaction committed a change between our read and our write.
    if (!updated) throw versionConflict(await currentVersion(trx, caseId), expected);
    const { version } = updated;
    await recordChange(trx, {
      caseId,
      recordType: 'case',
      recordId: caseId,
      version,
      kind: 'updated',
      fieldGroup: null,
      changes,
      reason: patch.reason,
    });
    await recordAudit(trx, {
      action: 'case.update',
      recordType: 'case',
      recordId: caseId,
      reason: patch.reason,
      details: { fields: changes.map((change) => change.field), version },
    });
    return caseView(trx, caller, caseId);
  });
}

const currentVersion = async (trx: Transaction<Schema>, caseId: string) =>
  (await trx.selectFrom('cases').select('version').where('id', '=', caseId).executeTakeFirstOrThrow())
    .version;
