import type { ColumnType, Generated } from 'kysely';
import type { FieldGroup } from '../../platform/access/case-access.ts';
import type { FieldChange } from './field-changes.ts';

export type ChangeKind = 'created' | 'updated' | 'removed';

export type RecordChangesTable = {
  /** pg returns bigint as text. */
  id: ColumnType<string, never, never>;
  case_id: string;
  record_type: string;
  record_id: string;
  version: number;
  change_kind: ChangeKind;
  field_group: FieldGroup | null;
  changes: ColumnType<FieldChange[], string, never>;
  reason: string | null;
  changed_by: Generated<string>;
  changed_by_agency_id: Generated<string>;
  request_id: Generated<string | null>;
  changed_at: Generated<Date>;
};

/** This module's tables; platform/db/schema.ts joins them into the one Schema Kysely knows. */
export type HistoryTables = { record_changes: RecordChangesTable };
