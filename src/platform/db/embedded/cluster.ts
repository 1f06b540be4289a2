import { type ChildProcess, spawn } from 'node:child_process';
import { chmod, mkdir, open } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { DatabaseProblem } from '../errors.ts';
import type { PostgresBinaries } from './binaries.ts';
import { isProcessAlive, lockDataDir, runningPostmaster } from './data-dir-lock.ts';
import { initialiseCluster, isInitialised } from './initdb.ts';
import { sharedBuffersFor, usableMemory } from './memory-settings.ts';
import type { ServerIdentity } from './os-user.ts';
import { embeddedHost, prepareSocketDir, socketDirOf } from './socket-dir.ts';

export type RunningCluster = {
  port: number;
  /** Where to connect: the socket folder (`socket-dir.ts`), or 127.0.0.1. */
  host: string;
  /** True when this start created the cluster. */
  created: boolean;
  logPath: string;
  stop(): Promise<void>;
};

type StartOptions = {
  dataDir: string;
  binaries: PostgresBinaries;
  identity: ServerIdentity;
  superuserPassword: string;
  port?: number;
};

const SERVER_SETTINGS = {
  listen_addresses: '127.0.0.1',
  unix_socket_permissions: '0700',
  fsync: 'on',
  synchronous_commit: 'on',
  full_page_writes: 'on',
  max_connections: '200',
  password_encryption: 'scram-sha-256',
  shared_buffers: sharedBuffersFor(usableMemory()),
};

/** Starts the private PostgreSQL server under `dataDir/postgres`, creating it on first use. */
export async function startCluster(options: StartOptions): Promise<RunningCluster> {
  const { dataDir } = options;
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  // The server's user must be able to walk into dataDir/postgres; nothing else in dataDir is readable.
  if (options.identity) await chmod(dataDir, 0o711);
  const lock = await lockDataDir(dataDir);
  try {
    const clusterDir = path.join(dataDir, 'postgres');
    const logPath = path.join(dataDir, 'postgres.log');
    const log = await open(logPath, 'a', 0o600);
    await stopOrphan(clusterDir);
    const created = !(await isInitialised(clusterDir));
    if (created) await initialiseCluster({ ...options, clusterDir, logFile: log.fd });
    const port = options.port ?? (await freePort());
    const socketDir = socketDirOf(dataDir);
    if (socketDir) await prepareSocketDir(socketDir, options.identity);
    const server = launch(options, clusterDir, port, socketDir, log.fd);
    await log.close();
    await waitUntilReady(server, port, options.superuserPassword, logPath);
    await lock.recordPort(port);
    const host = embeddedHost(dataDir, port);
    return { port, host, created, logPath, stop: () => stopServer(server).finally(lock.release) };
  } catch (error) {
    await lock.release();
    throw error;
  }
}

function launch(
  options: StartOptions,
  clusterDir: string,
  port: number,
  socketDir: string | undefined,
  logFd: number,
): ChildProcess {
  const settings = Object.entries({ ...SERVER_SETTINGS, unix_socket_directories: socketDir ?? '' }).flatMap(
    ([key, value]) => ['-c', `${key}=${value}`],
  );
  const server = spawn(options.binaries.postgres, ['-D', clusterDir, '-p', String(port), ...settings], {
    stdio: ['ignore', logFd, logFd],
    ...(options.identity ? { uid: options.identity.uid, gid: options.identity.gid } : {}),
  });
  // If this process dies without stopping the server, a fast shutdown keeps the next start clean.
  const stopOnExit = () => server.kill('SIGINT');
  process.once('exit', stopOnExit);
  server.once('exit', () => process.off('exit', stopOnExit));
  return server;
}

/** A server left running by an Enlace process that was killed: shut it down before starting ours. */
async function stopOrphan(clusterDir: string): Promise<void> {
  const pid = await runningPostmaster(clusterDir);
  if (pid === undefined) return;
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + 60_000;
  while (isProcessAlive(pid) && Date.now() < deadline) await sleep(100);
}

async function waitUntilReady(server: ChildProcess, port: number, password: string, logPath: string) {
  let exited = false;
  server.once('exit', () => {
    exited = true;
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (exited) throw new DatabaseProblem('postgres_failed_to_start', { step: 'start', log: logPath });
    const client = new pg.Client({
      host: '127.0.0.1',
      port,
      user: 'postgres',
      password,
      database: 'postgres',
    });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await sleep(100);
    }
  }
  server.kill('SIGINT');
  throw new DatabaseProblem('postgres_failed_to_start', { step: 'timeout', log: logPath });
}

function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    server.once('exit', () => resolve());
    server.kill('SIGINT');
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
