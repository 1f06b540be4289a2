import type { DateColumn, OptionalDateColumn, RecordColumns } from '../case-records/schema.ts';
import type { RecipientAgencyType } from './consent-rules.ts';
import type { ConsentScope } from './statistics-use.ts';

export type ConsentsTable = RecordColumns & {
  person_id: string;
  scopes: ConsentScope[];
  recipient_agency_types: RecipientAgencyType[];
  recipient_agency_ids: string[];
  given_on: DateColumn;
  /** Ciphertext token (consents.evidence_note, bound to the row's id). */
  evidence_note: string | null;
  revoked_on: OptionalDateColumn;
  revoked_by: string | null;
};

/** This module's tables; platform/db/schema.ts joins them into the one Schema Kysely knows. */
export type ConsentTables = { consents: ConsentsTable };
