import type pg from 'pg';
import { OWNER_ROLE } from '../db/bootstrap.ts';

/** A table or sequence name as an SQL identifier. */
export const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

export type TableShape = {
  name: string;
  columns: string[];
  /** Files live in bytea columns (up to 10 MiB each): such tables are copied a few rows at a time. */
  holdsFiles: boolean;
};

/**
 * Every table the Enlace owner role owns, with the columns a backup carries (generated ones are
 * computed again on restore). The migration ledger is not among them: a backup records it apart.
 */
export async function enlaceTables(client: pg.ClientBase): Promise<TableShape[]> {
  const result = await client.query<TableShape>(
    `SELECT c.relname AS name,
            array_agg(a.attname::text ORDER BY a.attnum) AS columns,
            bool_or(a.atttypid = 'bytea'::regtype) AS "holdsFiles"
     FROM pg_class c
     JOIN pg_namespace n ON n.oid = c.relnamespace
     JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
       AND c.relowner = $1::regrole AND c.relname <> 'enlace_migrations'
     GROUP BY c.relname ORDER BY c.relname`,
    [OWNER_ROLE],
  );
  return result.rows;
}

/** Sequences the owner role owns (identity and serial columns included). */
export async function enlaceSequences(client: pg.ClientBase): Promise<string[]> {
  const result = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind = 'S' AND c.relowner = $1::regrole ORDER BY c.relname`,
    [OWNER_ROLE],
  );
  return result.rows.map((row) => row.name);
}
