import { type RawBuilder, sql, type Transaction } from 'kysely';
import type { Schema } from '../../platform/db/schema.ts';
import { notFound } from '../../platform/http/problem.ts';
import { versionConflict } from '../../platform/http/versioning.ts';
import type { RecordTable } from './record-kind.ts';

/**
 * The statements every versioned record shares, written once. Table and column names come from code,
 * never from input; values always travel as parameters.
 */
type Columns = Record<string, unknown>;

const present = (columns: object) =>
  Object.entries(columns).filter((entry): entry is [string, unknown] => entry[1] !== undefined);

export async function insertRecord(trx: Transaction<Schema>, table: RecordTable, columns: Columns) {
  const entries = present(columns);
  await sql`INSERT INTO ${sql.table(table)} (${sql.join(entries.map(([name]) => sql.ref(name)))})
    VALUES (${sql.join(entries.map(([, value]) => sql`${value}`))})`.execute(trx);
}

/** Applies `columns` when the record is still at `expected`, and answers its new version (else 412). */
export async function bumpVersion(
  trx: Transaction<Schema>,
  table: RecordTable,
  id: string,
  expected: number,
  columns: object,
): Promise<number> {
  const assignments = present(columns).map(([name, value]) => sql`${sql.ref(name)} = ${value}`);
  const updated = await sql<{ version: number }>`UPDATE ${sql.table(table)}
    SET ${sql.join([...assignments, sql`version = version + 1`, sql`updated_at = now()`])}
    WHERE id = ${id} AND version = ${expected} RETURNING version`.execute(trx);
  const row = updated.rows[0];
  // Another transaction committed a change between our read and our write.
  if (!row) throw versionConflict(await currentVersion(trx, table, id), expected);
  return row.version;
}

export async function deleteRecord(
  trx: Transaction<Schema>,
  table: RecordTable,
  id: string,
  expected: number,
) {
  const deleted = await sql`DELETE FROM ${sql.table(table)} WHERE id = ${id} AND version = ${expected}
    RETURNING id`.execute(trx);
  if (deleted.rows.length === 0) throw versionConflict(await currentVersion(trx, table, id), expected);
}

async function currentVersion(trx: Transaction<Schema>, table: RecordTable, id: string): Promise<number> {
  const found = await sql<{
    version: number;
  }>`SELECT version FROM ${sql.table(table)} WHERE id = ${id}`.execute(trx);
  const row = found.rows[0];
  if (!row) throw notFound();
  return row.version;
}

/** How many records point at `id` through the given columns. */
export async function countReferences(
  trx: Transaction<Schema>,
  references: readonly { table: RecordTable; column: string }[],
  id: string,
): Promise<number> {
  let total = 0;
  for (const { table, column } of references) {
    const found = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)}
      WHERE ${sql.ref(column)} = ${id}`.execute(trx);
    total += found.rows[0]?.n ?? 0;
  }
  return total;
}

/** A date column as ISO text: pg would turn it into a Date at local midnight. */
export const dateText = (column: string): RawBuilder<string> =>
  sql<string>`to_char(${sql.ref(column)}, 'YYYY-MM-DD')`;
export const optionalDateText = (column: string): RawBuilder<string | null> =>
  sql<string | null>`to_char(${sql.ref(column)}, 'YYYY-MM-DD')`;

/** A numeric amount as a number (pesos with centavos fit a double exactly enough to show). */
export const money = (value: string | null): number | null => (value === null ? null : Number(value));
