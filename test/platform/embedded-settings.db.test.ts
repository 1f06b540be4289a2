import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { sharedBuffersFor, usableMemory } from '../../src/platform/db/embedded/memory-settings.ts';

/** The embedded server runs with a buffer cache sized for the machine, not PostgreSQL's 128 MB. */
const cluster = inject('testCluster');

describe('the embedded server settings', () => {
  it('give the buffer cache a quarter of the usable memory (128 MB to 8 GB)', async () => {
    const client = new pg.Client({
      host: '127.0.0.1',
      port: cluster.port,
      user: 'postgres',
      password: cluster.secrets.superuser,
      database: 'postgres',
    });
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT (setting::bigint * 8192 / 1048576)::int AS megabytes FROM pg_settings WHERE name = 'shared_buffers'`,
      );
      expect(`${rows[0].megabytes}MB`).toBe(sharedBuffersFor(usableMemory()));
    } finally {
      await client.end();
    }
  });
});
