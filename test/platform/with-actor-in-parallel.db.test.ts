import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/platform/db/with-actor.ts';
import { PARALLEL_READS_AT_ONCE, withActorInParallel } from '../../src/platform/db/with-actor-in-parallel.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

let database: TestDatabase;
const actor: Actor = { userId: null, agencyId: null, roles: ['statistician'], requestId: 'parallel-test' };

beforeAll(async () => {
  database = await createTestDatabase();
}, 120_000);
afterAll(() => database.close());

const agencyCount = async (trx: Parameters<Parameters<typeof withActorInParallel>[2]>[0]) =>
  Number((await sql<{ n: string }>`SELECT count(*) AS n FROM agencies`.execute(trx)).rows[0]?.n);

const settings = (trx: Parameters<Parameters<typeof withActorInParallel>[2]>[0]) =>
  sql<{ roles: string; request: string; pid: number }>`SELECT current_setting('enlace.roles') AS roles,
    current_setting('enlace.request_id') AS request, pg_backend_pid() AS pid`.execute(trx);

describe('two reads in parallel on one snapshot', () => {
  it('binds the actor in both, on two connections', async () => {
    const [first, second] = await withActorInParallel(database.db, actor, settings, settings);
    expect(first.rows[0]).toMatchObject({ roles: 'statistician', request: 'parallel-test' });
    expect(second.rows[0]).toMatchObject({ roles: 'statistician', request: 'parallel-test' });
    expect(first.rows[0]?.pid).not.toBe(second.rows[0]?.pid);
  });

  it('shows neither read a row committed after the snapshot was taken', async () => {
    const before = Number((await database.owner.query('SELECT count(*) AS n FROM agencies')).rows[0].n);
    let committed: () => void = () => undefined;
    const afterCommit = new Promise<void>((resolve) => {
      committed = resolve;
    });
    const [first, second] = await withActorInParallel(
      database.db,
      actor,
      async (trx) => {
        await database.owner.query(
          `INSERT INTO agencies (code, name, agency_type, sector, jurisdiction_level)
           VALUES ('SNAP-TEST', 'Institución de prueba', 'interagency_commission', 'government', 'federal')`,
        );
        committed();
        return agencyCount(trx);
      },
      async (trx) => {
        await afterCommit;
        return agencyCount(trx);
      },
    );
    expect({ first, second }).toEqual({ first: before, second: before });
    const now = Number((await database.owner.query('SELECT count(*) AS n FROM agencies')).rows[0].n);
    expect(now).toBe(before + 1);
  });

  it('refuses to write, in either read', async () => {
    const write = (trx: Parameters<Parameters<typeof withActorInParallel>[2]>[0]) =>
      sql`UPDATE agencies SET name = name WHERE false`.execute(trx);
    await expect(withActorInParallel(database.db, actor, write, agencyCount)).rejects.toMatchObject({
      code: '25006',
    });
    await expect(withActorInParallel(database.db, actor, agencyCount, write)).rejects.toMatchObject({
      code: '25006',
    });
  });

  it('throws the first failure only after both reads ended, and leaves the pool usable', async () => {
    let secondEnded = false;
    const failing = withActorInParallel(
      database.db,
      actor,
      async () => {
        throw new Error('first read failed');
      },
      async (trx) => {
        await sql`SELECT pg_sleep(0.2)`.execute(trx);
        secondEnded = true;
      },
    );
    await expect(failing).rejects.toThrow('first read failed');
    expect(secondEnded).toBe(true);
    const [one, two] = await withActorInParallel(database.db, actor, agencyCount, agencyCount);
    expect(one).toBe(two);
  });

  it('finishes more calls at once than the pool has connections, taking turns instead of waiting for ever', async () => {
    const connections = database.app.options.max ?? 10;
    let running = 0;
    let mostRunning = 0;
    const slowRead = async (trx: Parameters<Parameters<typeof withActorInParallel>[2]>[0]) => {
      running++;
      mostRunning = Math.max(mostRunning, running);
      await sql`SELECT pg_sleep(0.1)`.execute(trx);
      running--;
      return true;
    };
    const calls = Array.from({ length: connections + 2 }, () =>
      withActorInParallel(database.db, actor, slowRead, slowRead),
    );
    expect(await Promise.all(calls)).toHaveLength(connections + 2);
    expect(mostRunning).toBeLessThanOrEqual(2 * PARALLEL_READS_AT_ONCE);
    expect(mostRunning).toBeGreaterThan(2);
  }, 60_000);
});
