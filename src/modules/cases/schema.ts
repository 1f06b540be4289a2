import type { ColumnType, Generated } from 'kysely';

export const CASE_STATUSES = [
  'identification',
  'investigation',
  'prosecution',
  'trial',
  'sentenced',
  'closed',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

type DateColumn = ColumnType<Date, Date | string | undefined, Date | string>;

export type CasesTable = {
  id: Generated<string>;
  reference: string;
  opened_by_agency_id: string;
  owning_agency_id: string;
  state_code: string | null;
  municipality: string | null;
  status: Generated<CaseStatus>;
  opened_on: DateColumn;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  version: Generated<number>;
};

export type CaseSharesTable = {
  id: Generated<string>;
  case_id: string;
  agency_id: string;
  reason: string;
  shared_by: string;
  shared_at: Generated<Date>;
  expires_at: Date | null;
  revoked_at: Date | null;
  revoked_by: string | null;
};

export type CaseAssignmentsTable = {
  case_id: string;
  user_id: string;
  assigned_by: string | null;
  assigned_at: Generated<Date>;
};

export type CaseWallsTable = {
  id: Generated<string>;
  case_id: string;
  agency_id: string | null;
  user_id: string | null;
  cause: 'official_suspect' | 'conflict_of_interest';
  created_at: Generated<Date>;
};

export type BreakGlassGrantsTable = {
  id: Generated<string>;
  case_id: string;
  user_id: string;
  reason: string;
  granted_at: Generated<Date>;
  expires_at: Date;
};

export type SecurityAlertsTable = {
  id: Generated<string>;
  kind: 'break_glass' | 'identity_read_rate';
  agency_id: string;
  subject_user_id: string;
  case_id: string | null;
  details: ColumnType<Record<string, unknown>, string, never>;
  raised_at: Generated<Date>;
  acknowledged_at: Date | null;
  acknowledged_by: string | null;
};

/** This module's tables; platform/db/schema.ts joins them into the one Schema Kysely knows. */
export type CasesTables = {
  cases: CasesTable;
  case_shares: CaseSharesTable;
  case_assignments: CaseAssignmentsTable;
  case_walls: CaseWallsTable;
  break_glass_grants: BreakGlassGrantsTable;
  security_alerts: SecurityAlertsTable;
};
