import { open, readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DatabaseProblem } from '../errors.ts';

export const isProcessAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const readNumbers = async (file: string): Promise<number[]> => {
  const text = await readFile(file, 'utf8').catch(() => '');
  return text
    .split('\n')
    .slice(0, 2)
    .map((line) => Number.parseInt(line, 10));
};

export type DataDirLock = { recordPort(port: number): Promise<void>; release(): Promise<void> };

/** The Enlace process that owns a data directory and the port its PostgreSQL listens on. */
export type LockHolder = { pid: number; port: number | undefined };

/**
 * One Enlace process owns a data directory at a time. The lock names that process and its server's
 * port, so short CLI commands can use the running server; a lock left by a dead process is taken over.
 */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  const lockFile = path.join(dataDir, 'enlace.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lockFile, 'wx', 0o600);
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return {
        recordPort: (port) => writeFile(lockFile, `${process.pid}\n${port}\n`, { mode: 0o600 }),
        release: () => unlink(lockFile).catch(() => undefined),
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = await lockHolder(dataDir);
      if (holder) throw new DatabaseProblem('data_dir_in_use', { pid: holder.pid, dir: dataDir });
      await unlink(lockFile).catch(() => undefined);
    }
  }
  throw new DatabaseProblem('data_dir_in_use', { pid: '?', dir: dataDir });
}

/** The live process holding the lock, if any. */
export async function lockHolder(dataDir: string): Promise<LockHolder | undefined> {
  const [pid, port] = await readNumbers(path.join(dataDir, 'enlace.lock'));
  if (pid === undefined || !Number.isInteger(pid) || pid === process.pid || !isProcessAlive(pid))
    return undefined;
  return { pid, port: Number.isInteger(port) ? port : undefined };
}

/** The PID of a PostgreSQL server still running in `clusterDir`, from its postmaster.pid. */
export async function runningPostmaster(clusterDir: string): Promise<number | undefined> {
  const [pid] = await readNumbers(path.join(clusterDir, 'postmaster.pid'));
  return pid !== undefined && Number.isInteger(pid) && isProcessAlive(pid) ? pid : undefined;
}
