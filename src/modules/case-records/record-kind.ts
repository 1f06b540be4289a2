import type { Insertable, Transaction, Updateable } from 'kysely';
import type { FieldGroup } from '../../platform/access/case-access.ts';
import type { KeyRing } from '../../platform/crypto/key-ring.ts';
import type { Schema } from '../../platform/db/schema.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import type { HistorySpec } from '../history/field-changes.ts';

/** Tables of versioned records that belong to a case (migrations 0014 and 0018). */
export type RecordTable =
  | 'legal_proceedings'
  | 'charges'
  | 'verdicts'
  | 'appeals'
  | 'extradition_requests'
  | 'bilateral_investigations'
  | 'protection_measures'
  | 'testimony_decisions'
  | 'consents'
  | 'case_notes';

/** Where a use-case on a case record runs: inside the caller's transaction, on one case. */
export type RecordScope = {
  trx: Transaction<Schema>;
  caseId: string;
  caller: CaseCaller;
  keyRing: KeyRing;
};

/** A record as the API shows it; its fields are the API's names, compared with patches in history. */
export type VersionedView = { id: string; version: number } & Readonly<Record<string, unknown>>;

export type RecordFilter = {
  id?: string;
  personId?: string;
  /** The records of these cases instead of the scope's one: an export reads many cases at once. */
  caseIds?: readonly string[];
};

/**
 * One kind of case record, as the generic create, update and remove use-cases need it. The kind says
 * which part of the case it belongs to, checks input against the case's other records, and reads its
 * records as views (field names are the API's, so history compares views with patches).
 */
export type RecordKind<T extends RecordTable, Create, Patch, View extends VersionedView> = {
  /** The name in history and audit entries, e.g. `charge`. */
  recordType: string;
  table: T;
  /** The part of the case a reader needs to see it; null: whoever reads the case. */
  groupOf(record: Create | View): FieldGroup | null;
  /** Whether writing it is a prosecutorial act, which only prosecutors and supervisors record. */
  prosecutorial(change: { input?: Create | Patch; existing?: View }): boolean;
  history: HistorySpec<string>;
  /** The case's records that row-level security lets the caller see, oldest first. */
  list(scope: RecordScope, filter: RecordFilter): Promise<View[]>;
  /** Columns of a new record, once its input agrees with the case's other records (else 400). */
  columnsToCreate(
    scope: RecordScope,
    recordId: string,
    input: Create,
  ): Promise<Omit<Insertable<Schema[T]>, 'id' | 'case_id'>>;
  /** Columns a patch changes, once the record it would leave agrees with the others (else 400). */
  columnsToUpdate(scope: RecordScope, existing: View, patch: Patch): Promise<Updateable<Schema[T]>>;
  /** Records pointing at this one (table and column); it cannot be removed while any exists. */
  dependents: readonly { table: RecordTable; column: string }[];
  /** False for records that are revoked, never removed (consents). */
  removable: boolean;
};
