import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { touchSession } from '../../src/platform/auth/session-store.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

/**
 * The session statement every request runs is a named prepared statement: planned once per
 * connection, then bound and executed (planning was most of its cost: docs/benchmarks.md).
 */
let database: TestDatabase;
let single: pg.Pool;

beforeAll(async () => {
  database = await createTestDatabase();
  // One connection, so the statements seen are those of the connection the session statement used.
  single = new pg.Pool({ connectionString: database.appUrl, max: 1 });
  // Dropping the database at the end ends its connection; that is not a failure.
  single.on('error', () => undefined);
});
afterAll(async () => {
  await single.end();
  await database.close();
});

const preparedOnConnection = async () =>
  (
    await single.query<{ name: string; generic_plans: string }>(
      'SELECT name, generic_plans FROM pg_prepared_statements',
    )
  ).rows;

describe('the session statement', () => {
  it('is prepared once per connection and runs on a generic plan after the first calls', async () => {
    const timeouts = { idleMinutes: 30, absoluteHours: 12 };
    for (let call = 0; call < 8; call++) {
      expect(await touchSession({ app: single }, randomBytes(32), timeouts)).toBeUndefined();
    }
    const prepared = await preparedOnConnection();
    expect(prepared.map(({ name }) => name)).toEqual(['enlace_live_session']);
    expect(Number(prepared[0]!.generic_plans)).toBeGreaterThan(0);
  });
});
