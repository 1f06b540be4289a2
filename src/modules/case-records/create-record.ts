import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { KeyRing } from '../../platform/crypto/key-ring.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { authorizeCase } from '../cases/authorize-case.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { creationChanges } from '../history/field-changes.ts';
import { recordChange } from '../history/record-change.ts';
import { findRecord } from './find-record.ts';
import { requireRecordWrite } from './record-access.ts';
import type { RecordKind, RecordScope, RecordTable, VersionedView } from './record-kind.ts';
import { insertRecord } from './record-sql.ts';

export type RecordDeps = { db: Kysely<Schema>; keyRing: KeyRing };

/** Records something on a case at version 1, with its creation in the history and the audit log. */
export function createRecord<T extends RecordTable, C, P, V extends VersionedView>(
  deps: RecordDeps,
  caller: CaseCaller,
  kind: RecordKind<T, C, P, V>,
  caseId: string,
  input: C,
): Promise<V> {
  // Chosen here so that encrypted fields can be bound to the row before it exists.
  const recordId = randomUUID();
  return withActor(deps.db, caller, (trx) =>
    createRecordIn({ trx, caseId, caller, keyRing: deps.keyRing }, kind, input, recordId),
  );
}

/** The same inside a transaction the caller holds (an import writes many records in one). */
export async function createRecordIn<T extends RecordTable, C, P, V extends VersionedView>(
  scope: RecordScope,
  kind: RecordKind<T, C, P, V>,
  input: C,
  recordId: string,
): Promise<V> {
  const { trx, caller, caseId } = scope;
  const { relation } = await authorizeCase(trx, caller, caseId, 'case.read');
  const group = kind.groupOf(input);
  requireRecordWrite(caller, relation, group, kind.prosecutorial({ input }));
  const columns = await kind.columnsToCreate(scope, recordId, input);
  await insertRecord(trx, kind.table, { ...columns, id: recordId, case_id: caseId });
  const view = await findRecord(scope, kind, recordId);
  await recordChange(trx, {
    caseId,
    recordType: kind.recordType,
    recordId,
    version: view.version,
    kind: 'created',
    fieldGroup: group,
    changes: creationChanges(kind.history, view),
  });
  await recordAudit(trx, {
    action: `${kind.recordType}.create`,
    recordType: kind.recordType,
    recordId,
    details: { caseId, version: view.version },
  });
  return view;
}
