import type { ColumnType, Generated } from 'kysely';

type Json<T> = ColumnType<T, string, string>;

export type JurisdictionDecisionsTable = {
  id: Generated<string>;
  case_id: string;
  rules_version: string;
  facts: Json<unknown>;
  decision: 'state' | 'federal' | 'undetermined';
  authority: 'STATE_PROSECUTOR' | 'FEVIMTRA' | 'UEITMPO' | null;
  state_code: string | null;
  missing: string[];
  result: Json<unknown>;
  decided_by: string;
  decided_at: Generated<Date>;
};

export type CaseTransfersTable = {
  id: Generated<string>;
  case_id: string;
  from_agency_id: string;
  to_agency_id: string;
  reason: string;
  requested_by: string;
  requested_at: Generated<Date>;
  respond_by: Date;
  status: Generated<'pending' | 'accepted' | 'declined' | 'withdrawn'>;
  responded_by: string | null;
  responded_at: Date | null;
  response_reason: string | null;
};

/** This module's tables; platform/db/schema.ts joins them into the one Schema Kysely knows. */
export type JurisdictionTables = {
  jurisdiction_decisions: JurisdictionDecisionsTable;
  case_transfers: CaseTransfersTable;
};
