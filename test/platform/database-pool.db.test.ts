import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSettings } from '../../src/platform/config/config.ts';
import { type Database, openDatabase } from '../../src/platform/db/database.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

/** ENLACE_DB_POOL_SIZE bounds the connections that serve requests, however many requests wait. */
let server: TestDatabase;
const opened: Database[] = [];

beforeAll(async () => {
  server = await createTestDatabase();
});
afterAll(async () => {
  for (const database of opened) await database.close();
  await server.close();
});

async function open(env: Record<string, string>) {
  const database = await openDatabase(
    loadSettings({ DATABASE_URL: server.ownerUrl, DATABASE_APP_URL: server.appUrl, ...env }),
  );
  opened.push(database);
  return database;
}

/** The backends that answered `requests` statements sent at once, each holding its connection 50 ms. */
async function backendsAnswering(database: Database, requests: number): Promise<Set<number>> {
  const answers = await Promise.all(
    Array.from({ length: requests }, () =>
      database.app.query<{ pid: number }>('SELECT pg_backend_pid() AS pid, pg_sleep(0.05)'),
    ),
  );
  return new Set(answers.map((answer) => answer.rows[0]!.pid));
}

describe('the pool of connections that serve requests', () => {
  it('opens no more than ENLACE_DB_POOL_SIZE connections, and every request is answered', async () => {
    const database = await open({ ENLACE_DB_POOL_SIZE: '3' });
    const backends = await backendsAnswering(database, 12);
    expect(backends.size).toBeLessThanOrEqual(3);
    expect(database.app.totalCount).toBeLessThanOrEqual(3);
  });

  it('opens up to 20 by default', async () => {
    const database = await open({});
    const backends = await backendsAnswering(database, 12);
    expect(backends.size).toBeGreaterThan(3);
    expect(database.app.options.max).toBe(20);
  });
});
