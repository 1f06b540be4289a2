import pg from 'pg';
import type { Database } from '../db/database.ts';
import { loadOrCreateSecrets } from '../db/embedded/secrets.ts';
import { BackupProblem } from './backup-problem.ts';

/**
 * Backups read and write every row, past row-level security and the append-only triggers, which only
 * the embedded cluster's superuser may. An external server has its own tools (docs/operations.md).
 */
export async function embeddedSuperuser(database: Database): Promise<pg.Pool> {
  if (database.mode !== 'embedded' || database.dataDir === undefined)
    throw new BackupProblem('external_database');
  const secrets = await loadOrCreateSecrets(database.dataDir);
  const pool = new pg.Pool({
    host: database.owner.options.host,
    port: database.owner.options.port,
    database: database.owner.options.database,
    user: 'postgres',
    password: secrets.superuser,
    max: 1,
  });
  pool.on('error', () => undefined);
  return pool;
}
