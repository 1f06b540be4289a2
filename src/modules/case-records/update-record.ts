import { recordAudit } from '../../platform/audit/record-audit.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { requireVersion } from '../../platform/http/versioning.ts';
import { authorizeCase } from '../cases/authorize-case.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { fieldChanges } from '../history/field-changes.ts';
import { recordChange } from '../history/record-change.ts';
import type { RecordDeps } from './create-record.ts';
import { findRecord } from './find-record.ts';
import { requireRecordWrite } from './record-access.ts';
import type { RecordKind, RecordTable, VersionedView } from './record-kind.ts';
import { bumpVersion } from './record-sql.ts';

/**
 * Changes a case record when the caller still holds its current version (412 otherwise); the changed
 * fields go into the case's history and the audit log in the same transaction. A patch that changes
 * nothing leaves the version as it is.
 */
export async function updateRecord<
  T extends RecordTable,
  C,
  P extends Readonly<Record<string, unknown>>,
  V extends VersionedView,
>(
  deps: RecordDeps,
  caller: CaseCaller,
  kind: RecordKind<T, C, P, V>,
  target: { caseId: string; recordId: string },
  expected: number,
  patch: P,
): Promise<V> {
  const { caseId, recordId } = target;
  return withActor(deps.db, caller, async (trx) => {
    const scope = { trx, caseId, caller, keyRing: deps.keyRing };
    const { relation } = await authorizeCase(trx, caller, caseId, 'case.read');
    const existing = await findRecord(scope, kind, recordId);
    const group = kind.groupOf(existing);
    requireRecordWrite(caller, relation, group, kind.prosecutorial({ input: patch, existing }));
    requireVersion(existing.version, expected);
    const changes = fieldChanges(kind.history, existing, patch);
    if (changes.length === 0) return existing;
    const columns = await kind.columnsToUpdate(scope, existing, patch);
    const version = await bumpVersion(trx, kind.table, recordId, expected, columns);
    await recordChange(trx, {
      caseId,
      recordType: kind.recordType,
      recordId,
      version,
      kind: 'updated',
      fieldGroup: group,
      changes,
    });
    await recordAudit(trx, {
      action: `${kind.recordType}.update`,
      recordType: kind.recordType,
      recordId,
      details: { caseId, fields: changes.map((change) => change.field), version },
    });
    return findRecord(scope, kind, recordId);
  });
}
