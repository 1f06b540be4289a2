import type { RecordColumns } from '../case-records/schema.ts';

/** Who must be able to read a note or an attachment; its author chooses. */
export type CaseFileGroup = 'needs' | 'identity' | 'investigation';

export type CaseNotesTable = RecordColumns & {
  person_id: string | null;
  field_group: CaseFileGroup;
  /** Ciphertext token (case_notes.body, bound to the row's id). */
  body: string;
};

/** This module's tables; platform/db/schema.ts joins them into the one Schema Kysely knows. */
export type CaseNoteTables = { case_notes: CaseNotesTable };
