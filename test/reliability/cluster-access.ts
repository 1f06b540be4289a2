import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { lockHolder } from '../../src/platform/db/embedded/data-dir-lock.ts';
import { loadOrCreateSecrets } from '../../src/platform/db/embedded/secrets.ts';

/**
 * The superuser of the embedded cluster a running `enlace serve` owns: the harness checks what was
 * written without row-level security hiding anything, and runs the checks only a superuser may.
 */
export async function superuserPool(dataDir: string): Promise<pg.Pool> {
  const holder = await lockHolder(dataDir);
  if (holder?.port === undefined) throw new Error(`no running Enlace server owns ${dataDir}`);
  const secrets = await loadOrCreateSecrets(dataDir);
  const pool = new pg.Pool({
    host: '127.0.0.1',
    port: holder.port,
    user: 'postgres',
    password: secrets.superuser,
    database: 'enlace',
    max: 2,
  });
  pool.on('error', () => undefined);
  return pool;
}

/** The PID of the embedded PostgreSQL server, from the first line of its postmaster.pid. */
export async function postmasterPid(dataDir: string): Promise<number> {
  const text = await readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8');
  return Number(text.split('\n')[0]);
}

export type DurabilitySettings = {
  fsync: string;
  synchronousCommit: string;
  fullPageWrites: string;
  dataChecksums: string;
};

/** The server settings an acknowledged commit depends on to survive a crash. */
export async function durabilitySettings(pool: pg.Pool): Promise<DurabilitySettings> {
  const result = await pool.query<{ name: string; setting: string }>(
    `SELECT name, setting FROM pg_settings
     WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes', 'data_checksums')`,
  );
  const value = (name: string) => result.rows.find((row) => row.name === name)?.setting ?? 'missing';
  return {
    fsync: value('fsync'),
    synchronousCommit: value('synchronous_commit'),
    fullPageWrites: value('full_page_writes'),
    dataChecksums: value('data_checksums'),
  };
}
