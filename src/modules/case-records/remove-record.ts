import { recordAudit } from '../../platform/audit/record-audit.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { ProblemError } from '../../platform/http/problem.ts';
import { requireVersion } from '../../platform/http/versioning.ts';
import { authorizeCase } from '../cases/authorize-case.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { recordChange } from '../history/record-change.ts';
import type { RecordDeps } from './create-record.ts';
import { findRecord } from './find-record.ts';
import { requireRecordWrite } from './record-access.ts';
import type { RecordKind, RecordTable, VersionedView } from './record-kind.ts';
import { countReferences, deleteRecord } from './record-sql.ts';

/**
 * Removes a record entered in error, at the version the caller read, with a written reason. Its
 * history stays (the creation entry still shows what it held) and gains a `removed` entry. Records
 * that others point at (a charge with its verdict) are refused until those are removed first.
 */
export async function removeRecord<T extends RecordTable, C, P, V extends VersionedView>(
  deps: RecordDeps,
  caller: CaseCaller,
  kind: RecordKind<T, C, P, V>,
  target: { caseId: string; recordId: string },
  expected: number,
  reason: string,
): Promise<void> {
  const { caseId, recordId } = target;
  await withActor(deps.db, caller, async (trx) => {
    const scope = { trx, caseId, caller, keyRing: deps.keyRing };
    const { relation } = await authorizeCase(trx, caller, caseId, 'case.read');
    const existing = await findRecord(scope, kind, recordId);
    const group = kind.groupOf(existing);
    requireRecordWrite(caller, relation, group, kind.prosecutorial({ existing }));
    requireVersion(existing.version, expected);
    if ((await countReferences(trx, kind.dependents, recordId)) > 0) {
      throw new ProblemError(409, 'record_in_use');
    }
    await deleteRecord(trx, kind.table, recordId, expected);
    await recordChange(trx, {
      caseId,
      recordType: kind.recordType,
      recordId,
      version: existing.version + 1,
      kind: 'removed',
      fieldGroup: group,
      changes: [],
      reason,
    });
    await recordAudit(trx, {
      action: `${kind.recordType}.remove`,
      recordType: kind.recordType,
      recordId,
      reason,
      details: { caseId, version: existing.version },
    });
  });
}
