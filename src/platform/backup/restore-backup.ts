import type pg from 'pg';
import type { KeyRing } from '../crypto/key-ring.ts';
import { readBackupFile } from './backup-file.ts';
import { BackupProblem } from './backup-problem.ts';
import type { AppliedMigration } from './backup-records.ts';
import { enlaceTables, quote } from './tables.ts';

export type RestoreSummary = { tables: number; rows: number };

/**
 * Replaces the database's content with a backup's, all or nothing. The file is read and authenticated
 * to its last byte before anything is touched; the target must hold the same migrations and, unless
 * `replace` says otherwise, no records. Rows are loaded with triggers off (`session_replication_role`),
 * so the audit log's append-only guards and bookkeeping triggers see a copy, not new activity.
 */
export async function restoreBackup(
  superuser: pg.Pool,
  ring: KeyRing,
  file: string,
  options: { replace: boolean },
): Promise<RestoreSummary> {
  const migrations = await verifyBackupFile(file, ring);
  const client = await superuser.connect();
  try {
    await checkTarget(client, migrations, options.replace);
    await client.query('BEGIN');
    await client.query(`SET LOCAL session_replication_role = replica`);
    const tables = await enlaceTables(client);
    await client.query(`TRUNCATE ${tables.map((table) => quote(table.name)).join(', ')}`);
    const loaded = await load(client, ring, file);
    await client.query('COMMIT');
    return loaded;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Reads the whole file once: every chunk authenticates and it ends where the writer ended it. */
async function verifyBackupFile(file: string, ring: KeyRing): Promise<AppliedMigration[]> {
  let migrations: AppliedMigration[] | undefined;
  let ended = false;
  for await (const record of readBackupFile(file, ring)) {
    if (record.kind === 'start') migrations = record.migrations;
    if (record.kind === 'end') ended = true;
  }
  if (!migrations || !ended) throw new BackupProblem('not_a_backup');
  return migrations;
}

async function checkTarget(client: pg.PoolClient, migrations: AppliedMigration[], replace: boolean) {
  const applied = await client.query<AppliedMigration>(
    'SELECT version, name, checksum FROM enlace_migrations ORDER BY version',
  );
  const key = (list: AppliedMigration[]) => list.map((m) => `${m.version}:${m.checksum}`).join(',');
  if (key(applied.rows) !== key(migrations)) {
    throw new BackupProblem('schema_mismatch', {
      backup: migrations.at(-1)?.version ?? 0,
      database: applied.rows.at(-1)?.version ?? 0,
    });
  }
  if (replace) return;
  const holds = await client.query<{ holds: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM users) OR EXISTS (SELECT 1 FROM audit_entries)
            OR EXISTS (SELECT 1 FROM cases) AS holds`,
  );
  if (holds.rows[0]?.holds) throw new BackupProblem('target_not_empty');
}

async function load(client: pg.PoolClient, ring: KeyRing, file: string): Promise<RestoreSummary> {
  const columns = new Map<string, string>();
  for await (const record of readBackupFile(file, ring)) {
    if (record.kind === 'table') columns.set(record.name, record.columns.map(quote).join(', '));
    if (record.kind === 'rows') {
      const list = columns.get(record.table);
      if (!list) throw new BackupProblem('not_a_backup');
      await client.query(
        `INSERT INTO ${quote(record.table)} (${list}) OVERRIDING SYSTEM VALUE
         SELECT ${list} FROM jsonb_populate_recordset(NULL::${quote(record.table)}, $1::jsonb)`,
        [`[${record.rows.join(',')}]`],
      );
    }
    if (record.kind === 'sequence') {
      await client.query('SELECT setval($1::regclass, $2::bigint, $3)', [
        quote(record.name),
        record.lastValue,
        record.isCalled,
      ]);
    }
    if (record.kind === 'end') {
      await compareCounts(client, record.counts);
      const rows = Object.values(record.counts).reduce((sum, n) => sum + n, 0);
      return { tables: Object.keys(record.counts).length, rows };
    }
  }
  throw new BackupProblem('truncated');
}

async function compareCounts(client: pg.PoolClient, counts: Record<string, number>) {
  for (const [table, expected] of Object.entries(counts)) {
    const found = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${quote(table)}`);
    if (found.rows[0]?.n !== expected) {
      throw new BackupProblem('counts_differ', { table, expected, found: found.rows[0]?.n ?? 0 });
    }
  }
}
