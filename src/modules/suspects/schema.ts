import type { Generated } from 'kysely';
import type { ProcessRole } from './process-roles.ts';

/** A suspect's part in the crime; `official_institution` holds a ciphertext token (bound to the row id). */
export type SuspectRolesTable = {
  id: string;
  case_id: string;
  person_id: string;
  process_roles: Generated<ProcessRole[]>;
  public_official: boolean;
  official_agency_id: string | null;
  official_institution: string | null;
  organised_crime: boolean | null;
  version: Generated<number>;
  created_by: Generated<string>;
  created_at: Generated<Date>;
  updated_by: Generated<string>;
  updated_at: Generated<Date>;
};

/** This module's tables; platform/db/schema.ts joins them into the one Schema Kysely knows. */
export type SuspectTables = { suspect_roles: SuspectRolesTable };
