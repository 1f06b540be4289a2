import { spawn } from 'node:child_process';
import { chown, mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DatabaseProblem } from '../errors.ts';
import type { PostgresBinaries } from './binaries.ts';
import type { ServerIdentity } from './os-user.ts';

export const isInitialised = (clusterDir: string): Promise<boolean> =>
  stat(path.join(clusterDir, 'PG_VERSION')).then(
    () => true,
    () => false,
  );

async function isEmptyOrMissing(folder: string): Promise<boolean> {
  const info = await stat(folder).catch(() => undefined);
  if (!info) return true;
  return info.isDirectory() && (await readdir(folder)).length === 0;
}

/**
 * Creates the cluster only in an empty or missing folder, with data checksums on and password
 * (SCRAM) authentication for every connection.
 */
export async function initialiseCluster(options: {
  clusterDir: string;
  binaries: PostgresBinaries;
  identity: ServerIdentity;
  superuserPassword: string;
  logFile: number;
}): Promise<void> {
  const { clusterDir, binaries, identity } = options;
  if (!(await isEmptyOrMissing(clusterDir)))
    throw new DatabaseProblem('data_dir_foreign', { dir: clusterDir });
  await mkdir(clusterDir, { recursive: true, mode: 0o700 });
  const passwordFile = path.join(path.dirname(clusterDir), '.initdb-password');
  await writeFile(passwordFile, `${options.superuserPassword}\n`, { mode: 0o600 });
  if (identity) {
    await chown(clusterDir, identity.uid, identity.gid);
    await chown(passwordFile, identity.uid, identity.gid);
  }
  try {
    const args = [
      `--pgdata=${clusterDir}`,
      '--username=postgres',
      `--pwfile=${passwordFile}`,
      '--auth=scram-sha-256',
      '--data-checksums',
      '--encoding=UTF8',
      '--locale=C',
    ];
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(binaries.initdb, args, {
        stdio: ['ignore', options.logFile, options.logFile],
        ...(identity ? { uid: identity.uid, gid: identity.gid } : {}),
      });
      child.on('error', reject);
      child.on('exit', resolve);
    });
    if (code !== 0) {
      await rm(clusterDir, { recursive: true, force: true });
      throw new DatabaseProblem('postgres_failed_to_start', { step: 'initdb', code: String(code) });
    }
  } finally {
    await rm(passwordFile, { force: true });
  }
}
