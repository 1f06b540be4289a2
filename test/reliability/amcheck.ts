import type pg from 'pg';

export type AmcheckReport = {
  indexesChecked: number;
  tablesChecked: number;
  /** One line per corruption found: relation and what amcheck said. */
  problems: string[];
};

/**
 * The embedded binaries ship no `pg_amcheck`, but they do ship the amcheck extension it drives: every
 * B-tree index is checked against its table (`bt_index_check` with `heapallindexed`) and every table's
 * pages and tuples with `verify_heapam`, system catalogs included. The extension is removed again, so
 * the checked database is left as it was.
 */
export async function runAmcheck(superuser: pg.Pool): Promise<AmcheckReport> {
  const client = await superuser.connect();
  try {
    await client.query('CREATE EXTENSION IF NOT EXISTS amcheck');
    const indexes = await client.query<{ oid: number; name: string }>(
      `SELECT c.oid::int AS oid, c.oid::regclass::text AS name
       FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam
       WHERE am.amname = 'btree' AND c.relpersistence <> 't' AND i.indisvalid AND i.indisready`,
    );
    const problems: string[] = [];
    for (const index of indexes.rows) {
      await client.query('SELECT bt_index_check($1::oid::regclass, true)', [index.oid]).catch((error) => {
        problems.push(`${index.name}: ${(error as Error).message}`);
      });
    }
    const tables = await client.query<{ oid: number; name: string }>(
      `SELECT oid::int AS oid, oid::regclass::text AS name FROM pg_class
       WHERE relkind IN ('r', 'm', 't') AND relpersistence <> 't'`,
    );
    for (const table of tables.rows) {
      const found = await client.query<{ blkno: string; offnum: number; msg: string }>(
        'SELECT blkno::text, offnum, msg FROM verify_heapam($1::oid::regclass)',
        [table.oid],
      );
      for (const row of found.rows)
        problems.push(`${table.name} block ${row.blkno}/${row.offnum}: ${row.msg}`);
    }
    return { indexesChecked: indexes.rows.length, tablesChecked: tables.rows.length, problems };
  } finally {
    await client.query('DROP EXTENSION IF EXISTS amcheck').catch(() => undefined);
    client.release();
  }
}
