import type pg from 'pg';
import type { KeyRing } from '../crypto/key-ring.ts';
import { createBackupFile } from './backup-file.ts';
import type { AppliedMigration } from './backup-records.ts';
import { enlaceSequences, enlaceTables, quote, type TableShape } from './tables.ts';

export type BackupSummary = { tables: number; rows: number; counts: Record<string, number> };

/**
 * Writes every table and sequence as they were at one instant: a single REPEATABLE READ, read-only
 * transaction (what pg_dump does), so concurrent writers change nothing in the copy. Rows travel as
 * PostgreSQL's JSON text (`to_jsonb`), which every column type of the schema round-trips through.
 */
export async function takeBackup(superuser: pg.Pool, ring: KeyRing, file: string): Promise<BackupSummary> {
  const writer = await createBackupFile(file, ring);
  const client = await superuser.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const migrations = await client.query<AppliedMigration>(
      'SELECT version, name, checksum FROM enlace_migrations ORDER BY version',
    );
    const version = await client.query<{ server_version: string }>('SHOW server_version');
    await writer.write({
      kind: 'start',
      serverVersion: version.rows[0]?.server_version ?? 'unknown',
      migrations: migrations.rows,
    });
    const counts: Record<string, number> = {};
    for (const table of await enlaceTables(client)) {
      await writer.write({ kind: 'table', name: table.name, columns: table.columns });
      counts[table.name] = await copyRows(client, table, (rows) =>
        writer.write({ kind: 'rows', table: table.name, rows }),
      );
    }
    for (const name of await enlaceSequences(client)) {
      const state = await client.query<{ last_value: string; is_called: boolean }>(
        `SELECT last_value::text, is_called FROM ${quote(name)}`,
      );
      const { last_value: lastValue, is_called: isCalled } = state.rows[0]!;
      await writer.write({ kind: 'sequence', name, lastValue, isCalled });
    }
    await writer.write({ kind: 'end', counts });
    await client.query('COMMIT');
    await writer.finish();
    const rows = Object.values(counts).reduce((sum, n) => sum + n, 0);
    return { tables: Object.keys(counts).length, rows, counts };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    await writer.abort();
    throw error;
  } finally {
    client.release();
  }
}

async function copyRows(
  client: pg.PoolClient,
  table: TableShape,
  write: (rows: string[]) => Promise<void>,
): Promise<number> {
  const fetchRows = table.holdsFiles ? 4 : 500;
  await client.query(
    `DECLARE backup_rows NO SCROLL CURSOR FOR SELECT to_jsonb(t)::text AS row FROM ${quote(table.name)} t`,
  );
  let total = 0;
  for (;;) {
    const batch = await client.query<{ row: string }>(`FETCH ${fetchRows} FROM backup_rows`);
    if (batch.rows.length === 0) break;
    await write(batch.rows.map((each) => each.row));
    total += batch.rows.length;
  }
  await client.query('CLOSE backup_rows');
  return total;
}
