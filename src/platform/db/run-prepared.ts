import type { CompiledQuery } from 'kysely';
import type pg from 'pg';

/**
 * Runs a compiled query as a named prepared statement: each connection parses and plans it once, then
 * only binds and executes it. For a statement every request runs (the session's), planning was most of
 * its cost (docs/benchmarks.md, "Case read latency"). A name must always carry the same text, so
 * it suits statements compiled once (`compiledOnce`).
 */
export async function runPrepared<Row>(
  pool: pg.Pool,
  name: string,
  query: CompiledQuery<Row>,
): Promise<Row[]> {
  const result = await pool.query({ name, text: query.sql, values: [...query.parameters] });
  return result.rows as Row[];
}
