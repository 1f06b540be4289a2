import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type pg from 'pg';
import { DatabaseProblem } from './errors.ts';

export type MigrationFile = { version: number; name: string; sql: string; checksum: string };
export type MigrationState = { version: number; name: string; state: 'applied' | 'pending' };

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, '../../migrations');
const FILE_PATTERN = /^(\d{4})_([a-z0-9_]+)\.sql$/;
const LOCK_KEY = 4_207_331; // any constant shared by every Enlace process

export async function readMigrationFiles(dir = MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const names = (await readdir(dir)).filter((name) => FILE_PATTERN.test(name)).sort();
  return Promise.all(
    names.map(async (file) => {
      const [, version, name] = FILE_PATTERN.exec(file)!;
      const sql = await readFile(path.join(dir, file), 'utf8');
      return { version: Number(version), name: name!, sql, checksum: sha256(sql) };
    }),
  );
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

type AppliedRow = { version: number; name: string; checksum: string };

async function createMigrationTable(client: pg.ClientBase): Promise<void> {
  await client.query(`CREATE TABLE IF NOT EXISTS enlace_migrations (
    version integer PRIMARY KEY, name text NOT NULL, checksum text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now())`);
}

async function appliedMigrations(client: pg.ClientBase): Promise<AppliedRow[]> {
  const table = await client.query(`SELECT to_regclass('enlace_migrations') IS NOT NULL AS present`);
  if (!table.rows[0]?.present) return [];
  try {
    const result = await client.query<AppliedRow>(
      'SELECT version, name, checksum FROM enlace_migrations ORDER BY version',
    );
    for (const row of result.rows) {
      if (!Number.isInteger(row.version) || !/^[0-9a-f]{64}$/.test(row.checksum)) throw new Error('bad row');
    }
    return result.rows;
  } catch (cause) {
    throw new DatabaseProblem('migration_table_corrupt', {}, { cause });
  }
}

/** Compares what the database has applied with the files; an edited or unknown migration is an error. */
function reconcile(files: MigrationFile[], applied: AppliedRow[]): MigrationState[] {
  const byVersion = new Map(files.map((file) => [file.version, file]));
  for (const row of applied) {
    const file = byVersion.get(row.version);
    if (!file) throw new DatabaseProblem('migration_unknown', { version: row.version, name: row.name });
    if (file.checksum !== row.checksum) {
      throw new DatabaseProblem('migration_edited', { version: row.version, name: file.name });
    }
  }
  const done = new Set(applied.map((row) => row.version));
  return files.map(({ version, name }) => ({
    version,
    name,
    state: done.has(version) ? 'applied' : 'pending',
  }));
}

/** Read-only: any role that may read enlace_migrations can ask. */
export async function migrationStatus(pool: pg.Pool, files?: MigrationFile[]): Promise<MigrationState[]> {
  const client = await pool.connect();
  try {
    return reconcile(files ?? (await readMigrationFiles()), await appliedMigrations(client));
  } finally {
    client.release();
  }
}

/** Applies pending migrations in order, each in its own transaction, one runner at a time. */
export async function migrate(owner: pg.Pool, files?: MigrationFile[]): Promise<MigrationState[]> {
  const all = files ?? (await readMigrationFiles());
  const client = await owner.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
    await createMigrationTable(client);
    const states = reconcile(all, await appliedMigrations(client));
    const pending = all.filter((file) => states.find((s) => s.version === file.version)?.state === 'pending');
    for (const file of pending) await applyOne(client, file);
    return reconcile(all, await appliedMigrations(client));
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]).catch(() => undefined);
    client.release();
  }
}

async function applyOne(client: pg.ClientBase, file: MigrationFile): Promise<void> {
  try {
    await client.query('BEGIN');
    await client.query(file.sql);
    await client.query('INSERT INTO enlace_migrations (version, name, checksum) VALUES ($1, $2, $3)', [
      file.version,
      file.name,
      file.checksum,
    ]);
    await client.query('COMMIT');
  } catch (cause) {
    await client.query('ROLLBACK').catch(() => undefined);
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new DatabaseProblem(
      'migration_failed',
      { version: file.version, name: file.name, reason },
      { cause },
    );
  }
}
