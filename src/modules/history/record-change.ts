import type { Transaction } from 'kysely';
import type { FieldGroup } from '../../platform/access/case-access.ts';
import type { Schema } from '../../platform/db/schema.ts';
import type { FieldChange } from './field-changes.ts';
import type { ChangeKind } from './schema.ts';

export type RecordChange = {
  caseId: string;
  recordType: string;
  recordId: string;
  /** The record's version after this change (1 for a creation). */
  version: number;
  kind: ChangeKind;
  /** Who may read this change: readers without the group see the case's history without it. */
  fieldGroup: FieldGroup | null;
  changes: readonly FieldChange[];
  reason?: string | undefined;
};

/**
 * Keeps a change in the case's history inside the act's transaction; the actor columns default to the
 * transaction's actor. An update that changed nothing is not history and is not written.
 */
export async function recordChange(trx: Transaction<Schema>, change: RecordChange): Promise<void> {
  if (change.kind === 'updated' && change.changes.length === 0) return;
  await trx
    .insertInto('record_changes')
    .values({
      case_id: change.caseId,
      record_type: change.recordType,
      record_id: change.recordId,
      version: change.version,
      change_kind: change.kind,
      field_group: change.fieldGroup,
      changes: JSON.stringify(change.changes),
      reason: change.reason ?? null,
    })
    .execute();
}

/** Creations of many records at once (an import), in one statement; the same rows as recordChange's. */
export async function recordChanges(
  trx: Transaction<Schema>,
  changes: readonly RecordChange[],
): Promise<void> {
  if (changes.length === 0) return;
  await trx
    .insertInto('record_changes')
    .values(
      changes.map((change) => ({
        case_id: change.caseId,
        record_type: change.recordType,
        record_id: change.recordId,
        version: change.version,
        change_kind: change.kind,
        field_group: change.fieldGroup,
        changes: JSON.stringify(change.changes),
        reason: change.reason ?? null,
      })),
    )
    .execute();
}
