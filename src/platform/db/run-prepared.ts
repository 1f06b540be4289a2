import type pg from 'pg';

/**
 * Runs a statement as a named prepared statement: each connection parses and plans it once, then only
 * binds and executes it. For a statement every request runs (the session's), planning was most of its
 * cost (docs/benchmarks.md, "Case read latency"). A name must always carry the same text.
 */
export async function runPrepared<Row>(
  pool: pg.Pool,
  name: string,
  statement: { sql: string; parameters: readonly unknown[] },
): Promise<Row[]> {
  const result = await pool.query({ name, text: statement.sql, values: [...statement.parameters] });
  return result.rows as Row[];
}
