import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { sharedBuffersFor, usableMemory } from '../../src/platform/db/embedded/memory-settings.ts';
import { canReach, serverIdentity } from '../../src/platform/db/embedded/os-user.ts';
import { embeddedHost } from '../../src/platform/db/embedded/socket-dir.ts';

/**
 * The embedded server also listens on a Unix-domain socket in its data folder, which Enlace connects
 * through (cheaper than TCP: docs/benchmarks.md). The folder is the server user's alone. And it runs
 * with a buffer cache sized for the machine, not PostgreSQL's 128 MB.
 */
const cluster = inject('testCluster');
const socketDir = path.join(cluster.dataDir, 'socket');

const asSuperuserThrough = async <Row>(host: string, query: string) => {
  const client = new pg.Client({
    host,
    port: cluster.port,
    user: 'postgres',
    password: cluster.secrets.superuser,
    database: 'postgres',
  });
  await client.connect();
  try {
    return (await client.query(query)).rows[0] as Row;
  } finally {
    await client.end();
  }
};

const superuserThrough = (host: string) =>
  asSuperuserThrough<{ address: string | null; permissions: string }>(
    host,
    `SELECT inet_server_addr() AS address, current_setting('unix_socket_permissions') AS permissions`,
  );

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

describe('the embedded server settings', () => {
  it('give the buffer cache a quarter of the usable memory (128 MB to 8 GB)', async () => {
    const { megabytes } = await asSuperuserThrough<{ megabytes: number }>(
      '127.0.0.1',
      `SELECT (setting::bigint * 8192 / 1048576)::int AS megabytes FROM pg_settings WHERE name = 'shared_buffers'`,
    );
    expect(`${megabytes}MB`).toBe(sharedBuffersFor(usableMemory()));
  });
});
