import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/modules/demo/load-demo.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

/**
 * enlace_refresh_case_statistics (0016, 0045): an import refreshes the planner's statistics of cases
 * only while they count fewer rows than the import has written, because ANALYZE holds the table's lock
 * until the import commits and imports side by side would wait for each other.
 */
let database: TestDatabase;
let client: pg.Client;

const insertCases = (count: number, prefix: string) =>
  client.query(
    `INSERT INTO cases (reference, opened_by_agency_id, owning_agency_id, state_code, status, opened_on)
     SELECT $2 || n, a.id, a.id, 'PUE', 'investigation', DATE '2012-01-01'
     FROM generate_series(1, $1::int) n, (SELECT id FROM agencies WHERE code = 'FGE-PUE') a`,
    [count, prefix],
  );

const estimatedCases = async () =>
  Number(
    (await client.query(`SELECT reltuples FROM pg_class WHERE oid = 'cases'::regclass`)).rows[0].reltuples,
  );

/** Whether this transaction holds the lock ANALYZE takes on cases (released only at its end). */
const holdsAnalyzeLock = async () =>
  (
    await client.query(
      `SELECT count(*)::int AS n FROM pg_locks WHERE pid = pg_backend_pid()
       AND relation = 'cases'::regclass AND mode = 'ShareUpdateExclusiveLock'`,
    )
  ).rows[0].n > 0;

beforeAll(async () => {
  database = await createTestDatabase();
  await loadDemo(database.db);
  client = database.superuser();
  await client.connect();
});
afterAll(async () => {
  await client.end();
  await database.close();
});

describe('refreshing case statistics during an import', () => {
  it('analyzes a table whose statistics count fewer rows than the import itself wrote', async () => {
    await client.query('BEGIN');
    await insertCases(300, 'STATS-A-');
    expect(await estimatedCases()).toBeLessThan(300);
    await client.query('SELECT enlace_refresh_case_statistics(300, 0)');
    expect(await estimatedCases()).toBeGreaterThanOrEqual(300);
    expect(await holdsAnalyzeLock()).toBe(true);
    await client.query('COMMIT');
  });

  it('leaves statistics that already know the table is larger, and takes no lock', async () => {
    const before = await estimatedCases();
    expect(before).toBeGreaterThanOrEqual(300);
    await client.query('BEGIN');
    await insertCases(20, 'STATS-B-');
    await client.query('SELECT enlace_refresh_case_statistics(20, 0)');
    expect(await estimatedCases()).toBe(before);
    expect(await holdsAnalyzeLock()).toBe(false);
    await client.query('ROLLBACK');
  });
});
