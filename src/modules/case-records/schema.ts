import type { ColumnType, Generated } from 'kysely';

/** Columns every versioned case record shares; the actor columns default to the transaction's actor. */
export type RecordColumns = {
  id: Generated<string>;
  case_id: string;
  recorded_by: Generated<string>;
  recorded_by_agency_id: Generated<string>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  version: Generated<number>;
};

/** A calendar date: written as ISO text (YYYY-MM-DD), read back as text with to_char (see record-sql.ts). */
export type DateColumn = ColumnType<Date, string, string>;
export type OptionalDateColumn = ColumnType<Date | null, string | null | undefined, string | null>;

/** numeric: pg returns it as text so that no precision is lost. */
export type MoneyColumn = ColumnType<string | null, number | null | undefined, number | null>;
