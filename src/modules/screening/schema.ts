import type { ColumnType, Generated } from 'kysely';

type Json<T> = ColumnType<T, string, string>;

export const IDENTIFICATION_STATUSES = ['possible_victim', 'confirmed_victim', 'not_a_victim'] as const;
export type IdentificationStatus = (typeof IDENTIFICATION_STATUSES)[number];

export type ScreeningsTable = {
  id: Generated<string>;
  case_id: string;
  person_id: string | null;
  instrument_id: string | null;
  instrument_version: string | null;
  rules_version: string;
  facts: Json<unknown>;
  result: Json<unknown>;
  outcome: string;
  screened_by: string;
  screened_at: Generated<Date>;
};

export type IdentificationDecisionsTable = {
  id: Generated<string>;
  case_id: string;
  person_id: string;
  status: IdentificationStatus;
  reason: string;
  decided_by: string;
  decided_by_agency_id: string;
  decided_at: Generated<Date>;
};

/** This module's tables; platform/db/schema.ts joins them into the one Schema Kysely knows. */
export type ScreeningTables = {
  screenings: ScreeningsTable;
  identification_decisions: IdentificationDecisionsTable;
};
