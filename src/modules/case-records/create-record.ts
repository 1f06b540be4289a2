import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { CaseRelation } from '../../platform/access/case-access.ts';
import { recordAudit, recordAudits } from '../../platform/audit/record-audit.ts';
import type { KeyRing } from '../../platform/crypto/key-ring.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { notFound } from '../../platform/http/problem.ts';
import { authorizeCase } from '../cases/authorize-case.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { creationChanges } from '../history/field-changes.ts';
import { recordChange, recordChanges } from '../history/record-change.ts';
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

/** One record of a batch: its case, its input and the id chosen for it. */
export type NewRecord<C> = { caseId: string; input: C; recordId: string };

/**
 * Many records of one kind inside a transaction the caller holds (an import): each authorized, checked
 * against the case's other records and inserted in order, exactly as createRecordIn does, so a record
 * sees those before it; then the batch is read back with one statement, and its history and audit
 * entries are written with one statement each. A record refused is reported through `refused` (its
 * index and the error) and left out; the others go on. Answers the ids written.
 */
export async function createRecordsIn<T extends RecordTable, C, P, V extends VersionedView>(
  scope: Omit<RecordScope, 'caseId'>,
  kind: RecordKind<T, C, P, V>,
  records: readonly NewRecord<C>[],
  refused: (index: number, error: unknown) => void,
): Promise<string[]> {
  const { trx, caller } = scope;
  const written: {
    index: number;
    caseId: string;
    recordId: string;
    group: ReturnType<typeof kind.groupOf>;
  }[] = [];
  // Records of one kind do not change who may see their case, so a case is authorized once a batch.
  const relations = new Map<string, CaseRelation>();
  for (const [index, { caseId, input, recordId }] of records.entries()) {
    try {
      const relation =
        relations.get(caseId) ?? (await authorizeCase(trx, caller, caseId, 'case.read')).relation;
      relations.set(caseId, relation);
      const group = kind.groupOf(input);
      requireRecordWrite(caller, relation, group, kind.prosecutorial({ input }));
      const columns = await kind.columnsToCreate({ ...scope, caseId }, recordId, input);
      await insertRecord(trx, kind.table, { ...columns, id: recordId, case_id: caseId });
      written.push({ index, caseId, recordId, group });
    } catch (error) {
      refused(index, error);
    }
  }
  const first = written[0];
  if (!first) return [];
  const ids = new Set(written.map(({ recordId }) => recordId));
  const caseIds = [...new Set(written.map(({ caseId }) => caseId))];
  const views = new Map(
    (await kind.list({ ...scope, caseId: first.caseId }, { caseIds }))
      .filter((view) => ids.has(view.id))
      .map((view) => [view.id, view]),
  );
  const readable = written.filter(({ index, recordId }) => {
    if (views.has(recordId)) return true;
    // As findRecord after an insert: row-level security hides what the caller just wrote.
    refused(index, notFound());
    return false;
  });
  await recordChanges(
    trx,
    readable.map(({ caseId, recordId, group }) => {
      const view = views.get(recordId) as V;
      return {
        caseId,
        recordType: kind.recordType,
        recordId,
        version: view.version,
        kind: 'created' as const,
        fieldGroup: group,
        changes: creationChanges(kind.history, view),
      };
    }),
  );
  await recordAudits(
    trx,
    readable.map(({ caseId, recordId }) => ({
      action: `${kind.recordType}.create`,
      recordType: kind.recordType,
      recordId,
      details: { caseId, version: (views.get(recordId) as V).version },
    })),
  );
  return readable.map(({ recordId }) => recordId);
}
