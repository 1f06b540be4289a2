import { appendFileSync } from 'node:fs';
import type pg from 'pg';

/**
 * With ENLACE_STATEMENT_LOG set to a file, every statement the application's pool runs is appended to
 * it, one JSON line each, for bench/citus/shard-locality.ts to classify. The text only: parameter
 * values (which may be records, even synthetic ones) are never written.
 */
export function recordStatements(pool: pg.Pool): void {
  const file = process.env.ENLACE_STATEMENT_LOG;
  if (!file) return;
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as { query: unknown }).query = (...args: unknown[]) => {
      const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string })?.text;
      if (text) appendFileSync(file, `${JSON.stringify({ sql: text })}\n`);
      return query(...args);
    };
  });
}
