import type { ColumnType, Generated } from 'kysely';
import type { StoredTimeline, StoredTransfer } from './case-timeline.ts';

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
  /** Set by the escalation sweep only. */
  escalated_at: ColumnType<Date | null, never, never>;
};

/** A view: each case's jurisdiction records, as the reader may see them; times are ISO text inside. */
export type JurisdictionTimelinesView = {
  case_id: string;
  reference: string;
  opened_at: Date;
  opened_by: string;
  decisions: StoredTimeline['decisions'];
  transfers: StoredTransfer[];
};

/** This module's tables; platform/db/schema.ts joins them into the one Schema Kysely knows. */
export type JurisdictionTables = {
  jurisdiction_decisions: JurisdictionDecisionsTable;
  case_transfers: CaseTransfersTable;
  jurisdiction_timelines: JurisdictionTimelinesView;
};
