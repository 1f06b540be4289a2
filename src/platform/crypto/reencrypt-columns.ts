import pg from 'pg';
import { reencryptField } from './field-encryption.ts';
import type { KeyRing } from './key-ring.ts';

export type ColumnRef = { table: string; column: string; key: string };

const BATCH = 500;

/**
 * Re-encrypts, under the ring's active key, every token still under another key. Batches of rows,
 * each batch in its own transaction, so the work can stop and resume; runs as the owner (no RLS).
 */
export async function reencryptColumns(
  owner: pg.Pool,
  ring: KeyRing,
  columns: readonly ColumnRef[],
  onProgress: (done: number) => void = () => {},
): Promise<number> {
  const activePrefix = `v1.${ring.activeKeyId}.%`;
  let done = 0;
  for (const ref of columns) {
    const table = pg.escapeIdentifier(ref.table);
    const column = pg.escapeIdentifier(ref.column);
    const key = pg.escapeIdentifier(ref.key);
    for (;;) {
      const client = await owner.connect();
      try {
        await client.query('BEGIN');
        const rows = await client.query<{ id: string; token: string }>(
          `SELECT ${key}::text AS id, ${column} AS token FROM ${table}
           WHERE ${column} IS NOT NULL AND ${column} NOT LIKE $1 LIMIT $2 FOR UPDATE`,
          [activePrefix, BATCH],
        );
        for (const row of rows.rows) {
          const token = reencryptField(
            ring,
            { table: ref.table, column: ref.column, rowId: row.id },
            row.token,
          );
          await client.query(`UPDATE ${table} SET ${column} = $1 WHERE ${key} = $2`, [token, row.id]);
        }
        await client.query('COMMIT');
        done += rows.rows.length;
        onProgress(done);
        if (rows.rows.length < BATCH) break;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    }
  }
  return done;
}

/** How many tokens each key still protects, across the given columns. */
export async function tokensByKey(
  owner: pg.Pool,
  columns: readonly ColumnRef[],
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const ref of columns) {
    const result = await owner.query<{ key_id: string; n: number }>(
      `SELECT split_part(${pg.escapeIdentifier(ref.column)}, '.', 2) AS key_id, count(*)::int AS n
       FROM ${pg.escapeIdentifier(ref.table)} WHERE ${pg.escapeIdentifier(ref.column)} IS NOT NULL GROUP BY 1`,
    );
    for (const row of result.rows) counts.set(row.key_id, (counts.get(row.key_id) ?? 0) + row.n);
  }
  return counts;
}
