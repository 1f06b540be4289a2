import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { canReach, serverIdentity } from '../../src/platform/db/embedded/os-user.ts';
import { embeddedHost } from '../../src/platform/db/embedded/socket-dir.ts';

/**
 * The embedded server also listens on a Unix-domain socket in its data folder, which Enlace connects
 * through (cheaper than TCP: docs/benchmarks.md). The folder is the server user's alone.
 */
const cluster = inject('testCluster');
const socketDir = path.join(cluster.dataDir, 'socket');

const superuserThrough = async (host: string) => {
  const client = new pg.Client({
    host,
    port: cluster.port,
    user: 'postgres',
    password: cluster.secrets.superuser,
    database: 'postgres',
  });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT inet_server_addr() AS address, current_setting('unix_socket_permissions') AS permissions`,
    );
    return rows[0] as { address: string | null; permissions: string };
  } finally {
    await client.end();
  }
};

describe('the embedded server socket', () => {
  it('is where Enlace connects, in a folder only the server user may enter', async () => {
    expect(embeddedHost(cluster.dataDir, cluster.port)).toBe(socketDir);
    const folder = await stat(socketDir);
    expect(folder.mode & 0o777).toBe(0o700);
    const identity = await serverIdentity();
    if (identity) {
      expect(folder.uid).toBe(identity.uid);
      expect(canReach({ uid: 65534, gid: 65534, name: 'nobody' }, socketDir)).toBe(false);
    }
  });

  it('carries connections without TCP, and TCP on 127.0.0.1 still answers', async () => {
    const throughSocket = await superuserThrough(socketDir);
    expect(throughSocket.address).toBeNull();
    expect(throughSocket.permissions).toBe('0700');
    expect((await superuserThrough('127.0.0.1')).address).toBe('127.0.0.1');
  });

  it('falls back to TCP where no socket is', async () => {
    const empty = await mkdtemp(path.join(os.tmpdir(), 'enlace-no-socket-'));
    try {
      expect(embeddedHost(empty, cluster.port)).toBe('127.0.0.1');
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});
