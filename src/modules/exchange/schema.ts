import type { Generated } from 'kysely';

export type ImportKeysTable = {
  agency_id: string;
  record_type: string;
  external_id: string;
  record_id: string;
  case_id: string;
  imported_at: Generated<Date>;
};

/** This module's tables; platform/db/schema.ts joins them into the one Schema Kysely knows. */
export type ExchangeTables = { import_keys: ImportKeysTable };
