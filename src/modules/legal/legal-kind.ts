import { sql } from 'kysely';
import { fieldError, issue } from '../case-records/field-issues.ts';
import type { RecordScope, RecordTable } from '../case-records/record-kind.ts';

/** The legal track is investigation material: never shown to those who may not read the investigation. */
export const LEGAL_GROUP = () => 'investigation' as const;

/** A record of the legal track that `field` points to, read with the date the child must not precede. */
export async function parentDate(
  { trx, caseId }: RecordScope,
  table: RecordTable,
  dateColumn: string,
  id: string,
  field: string,
): Promise<string> {
  const found = await sql<{ on: string }>`SELECT to_char(${sql.ref(dateColumn)}, 'YYYY-MM-DD') AS "on"
    FROM ${sql.table(table)} WHERE id = ${id} AND case_id = ${caseId}`.execute(trx);
  const row = found.rows[0];
  if (!row) throw fieldError([issue(field, 'not_in_case')]);
  return row.on;
}

/** The earliest date among the records pointing at `id` (a proceeding's charges, a verdict's appeals). */
export async function earliestChildDate(
  { trx }: RecordScope,
  table: RecordTable,
  parentColumn: string,
  dateColumn: string,
  id: string,
): Promise<string | null> {
  const found = await sql<{
    on: string | null;
  }>`SELECT to_char(min(${sql.ref(dateColumn)}), 'YYYY-MM-DD') AS "on"
    FROM ${sql.table(table)} WHERE ${sql.ref(parentColumn)} = ${id}`.execute(trx);
  return found.rows[0]?.on ?? null;
}
