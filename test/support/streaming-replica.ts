import { appendFile, chown, cp, lstat, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { bootstrapEmbedded } from '../../src/platform/db/bootstrap.ts';
import { locateBinaries } from '../../src/platform/db/embedded/binaries.ts';
import { startCluster } from '../../src/platform/db/embedded/cluster.ts';
import { canReach, type ServerIdentity, serverIdentity } from '../../src/platform/db/embedded/os-user.ts';
import { type ClusterSecrets, loadOrCreateSecrets } from '../../src/platform/db/embedded/secrets.ts';
import { ROOT_STAGING_DIR } from '../../src/platform/db/embedded/start-embedded.ts';

const DATABASE = 'enlace';
const SLOT = 'reporting';

/** Left out of a base backup, as pg_basebackup leaves them out: they belong to the running primary. */
const NOT_COPIED = new Set(['postmaster.pid', 'postmaster.opts', 'pg_wal', 'pg_replslot', 'pg_stat_tmp']);

export type PrimaryWithReplica = {
  /** postgres:// URLs of the primary (owner and application logins) and of the replica. */
  urls: { owner: string; app: string; replicaApp: string; replicaSuperuser: string };
  /** Resolves once the replica has replayed everything the primary has written so far. */
  caughtUp(): Promise<void>;
  stop(): Promise<void>;
};

/**
 * A primary PostgreSQL and a hot standby streaming from it, both from the embedded package's own
 * binaries. The package ships no pg_basebackup, so the base backup is taken the way it does it:
 * pg_backup_start, a copy of the data folder, pg_backup_stop's label written beside it, then the
 * standby starts with standby.signal and streams from a replication slot. Roles and row-level security
 * come along, as they do on any physical replica.
 */
export async function startPrimaryWithReplica(): Promise<PrimaryWithReplica> {
  const identity = await serverIdentity();
  const binaries = await locateBinaries(
    identity && !canReach(identity, path.resolve('node_modules')) ? ROOT_STAGING_DIR : undefined,
  );
  const primaryDir = await mkdtemp(path.join(os.tmpdir(), 'enlace-primary-'));
  const replicaDir = await mkdtemp(path.join(os.tmpdir(), 'enlace-replica-'));
  const secrets = await loadOrCreateSecrets(primaryDir);
  const primary = await startCluster({
    dataDir: primaryDir,
    binaries,
    identity,
    superuserPassword: secrets.superuser,
  });
  const superuser = new pg.Client(superuserOf(primary.port, secrets));
  let replica: Awaited<ReturnType<typeof startCluster>> | undefined;
  try {
    await bootstrapEmbedded(
      { host: '127.0.0.1', port: primary.port, password: secrets.superuser },
      secrets,
      DATABASE,
    );
    await superuser.connect();
    await superuser.query('SELECT pg_create_physical_replication_slot($1)', [SLOT]);
    await superuser.query(`SELECT pg_backup_start('enlace-reporting', true)`);
    await copyDataFolder(path.join(primaryDir, 'postgres'), path.join(replicaDir, 'postgres'));
    const stopped = await superuser.query<{ labelfile: string }>(
      'SELECT labelfile FROM pg_backup_stop(false)',
    );
    await makeStandby(path.join(replicaDir, 'postgres'), stopped.rows[0]!.labelfile, primary.port, secrets);
    await ownedBy(replicaDir, identity);
    replica = await startCluster({
      dataDir: replicaDir,
      binaries,
      identity,
      superuserPassword: secrets.superuser,
    });
  } catch (error) {
    await superuser.end().catch(() => undefined);
    await primary.stop();
    throw error;
  }
  const standby = new pg.Client(superuserOf(replica.port, secrets));
  await standby.connect();
  const url = (user: string, password: string, port: number) =>
    `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`;
  return {
    urls: {
      owner: url('enlace_owner', secrets.owner, primary.port),
      app: url('enlace_app', secrets.app, primary.port),
      replicaApp: url('enlace_app', secrets.app, replica.port),
      replicaSuperuser: url('postgres', secrets.superuser, replica.port),
    },
    async caughtUp() {
      const written = (await superuser.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn'))
        .rows[0]!.lsn;
      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline) {
        const replayed = await standby.query<{ done: boolean }>(
          'SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done',
          [written],
        );
        if (replayed.rows[0]?.done) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error('the replica did not catch up within a minute');
    },
    async stop() {
      await standby.end().catch(() => undefined);
      await superuser.end().catch(() => undefined);
      await replica?.stop();
      await primary.stop();
      await rm(primaryDir, { recursive: true, force: true });
      await rm(replicaDir, { recursive: true, force: true });
    },
  };
}

const superuserOf = (port: number, secrets: ClusterSecrets) => ({
  host: '127.0.0.1',
  port,
  user: 'postgres',
  password: secrets.superuser,
  database: 'postgres',
});

async function copyDataFolder(from: string, to: string): Promise<void> {
  await cp(from, to, {
    recursive: true,
    filter: (source) => !NOT_COPIED.has(path.relative(from, source)),
  });
  for (const empty of ['pg_wal/archive_status', 'pg_replslot', 'pg_stat_tmp'])
    await mkdir(path.join(to, empty), { recursive: true, mode: 0o700 });
}

async function makeStandby(clusterDir: string, label: string, primaryPort: number, secrets: ClusterSecrets) {
  await writeFile(path.join(clusterDir, 'backup_label'), label, { mode: 0o600 });
  await writeFile(path.join(clusterDir, 'standby.signal'), '', { mode: 0o600 });
  const conninfo = `host=127.0.0.1 port=${primaryPort} user=postgres password=${secrets.superuser}`;
  await appendFile(
    path.join(clusterDir, 'postgresql.auto.conf'),
    `primary_conninfo = '${conninfo}'\nprimary_slot_name = '${SLOT}'\nhot_standby = on\n`,
  );
}

/** Run as root, the server runs as its own system user, which must own the copied folder. */
async function ownedBy(folder: string, identity: ServerIdentity): Promise<void> {
  if (!identity) return;
  await chown(folder, identity.uid, identity.gid);
  for (const entry of await readdir(folder, { recursive: true })) {
    const file = path.join(folder, entry);
    if (!(await lstat(file)).isSymbolicLink()) await chown(file, identity.uid, identity.gid);
  }
}
