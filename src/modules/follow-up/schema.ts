import type { ColumnType } from 'kysely';

/** Set by the sweep only (enlace_escalate_overdue_protection); the application reads it. */
export type ProtectionFollowUpEscalationsTable = {
  measure_id: ColumnType<string, never, never>;
  case_id: ColumnType<string, never, never>;
  due_on: ColumnType<Date, never, never>;
  escalated_at: ColumnType<Date, never, never>;
};

/** This module's tables; platform/db/schema.ts joins them into the one Schema Kysely knows. */
export type FollowUpTables = { protection_follow_up_escalations: ProtectionFollowUpEscalationsTable };
