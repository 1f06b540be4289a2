import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { bootstrapEmbedded } from '../../src/platform/db/bootstrap.ts';
import type { Database } from '../../src/platform/db/database.ts';
import { locateBinaries } from '../../src/platform/db/embedded/binaries.ts';
import { startCluster } from '../../src/platform/db/embedded/cluster.ts';
import { canReach, serverIdentity } from '../../src/platform/db/embedded/os-user.ts';
import { loadOrCreateSecrets } from '../../src/platform/db/embedded/secrets.ts';
import { ROOT_STAGING_DIR } from '../../src/platform/db/embedded/start-embedded.ts';
import { migrate } from '../../src/platform/db/migrations.ts';
import type { Schema } from '../../src/platform/db/schema.ts';

/**
 * A throwaway embedded PostgreSQL, migrated, for one benchmark run; or, given `keptDataDir`, one kept
 * in that folder between runs (created on first use, migrated to the current migrations each time, never
 * deleted), so a long load is paid once.
 */
export async function scratchDatabase(poolSize = 20, keptDataDir?: string): Promise<Database> {
  const dataDir = keptDataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'enlace-bench-')));
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const identity = await serverIdentity();
  const binaries = await locateBinaries(
    identity && !canReach(identity, path.resolve('node_modules')) ? ROOT_STAGING_DIR : undefined,
  );
  const secrets = await loadOrCreateSecrets(dataDir);
  const cluster = await startCluster({ dataDir, binaries, identity, superuserPassword: secrets.superuser });
  const where = { host: cluster.host, port: cluster.port, database: 'enlace' };
  await bootstrapEmbedded({ ...where, password: secrets.superuser }, secrets, 'enlace');
  const owner = new pg.Pool({ ...where, user: 'enlace_owner', password: secrets.owner, max: 4 });
  await migrate(owner);
  const app = new pg.Pool({ ...where, user: 'enlace_app', password: secrets.app, max: poolSize });
  // The server stops while ended pools may still hold a closing connection.
  for (const pool of [owner, app]) pool.on('error', () => undefined);
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool: app }) });
  return {
    mode: 'embedded',
    owner,
    app,
    db,
    serverVersion: (await owner.query('SHOW server_version')).rows[0].server_version,
    notices: [],
    dataDir,
    close: async () => {
      await db.destroy();
      await owner.end();
      await cluster.stop();
      if (!keptDataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
