import { sql, type Transaction } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Schema } from '../../src/platform/db/schema.ts';
import type { Actor } from '../../src/platform/db/with-actor.ts';
import {
  MOST_READS_PER_CALL,
  PARALLEL_READS_AT_ONCE,
  withActorInParallel,
} from '../../src/platform/db/with-actor-in-parallel.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

type Trx = Transaction<Schema>;
let database: TestDatabase;
const actor: Actor = { userId: null, agencyId: null, roles: ['statistician'], requestId: 'parallel-test' };

beforeAll(async () => {
  database = await createTestDatabase();
}, 120_000);
afterAll(() => database.close());

const agencyCount = async (trx: Trx) =>
  Number((await sql<{ n: string }>`SELECT count(*) AS n FROM agencies`.execute(trx)).rows[0]?.n);

const settings = (trx: Trx) =>
  sql<{ roles: string; request: string; pid: number }>`SELECT current_setting('enlace.roles') AS roles,
    current_setting('enlace.request_id') AS request, pg_backend_pid() AS pid`.execute(trx);

describe('reads in parallel on one snapshot', () => {
  it('binds the actor in each, on connections of their own', async () => {
    const reads = await withActorInParallel(database.db, actor, [settings, settings, settings]);
    for (const read of reads)
      expect(read.rows[0]).toMatchObject({ roles: 'statistician', request: 'parallel-test' });
    expect(new Set(reads.map((read) => read.rows[0]?.pid)).size).toBe(3);
  });

  it('shows no read a row committed after the snapshot was taken', async () => {
    const before = Number((await database.owner.query('SELECT count(*) AS n FROM agencies')).rows[0].n);
    let committed: () => void = () => undefined;
    const afterCommit = new Promise<void>((resolve) => {
      committed = resolve;
    });
    const afterTheCommit = async (trx: Trx) => {
      await afterCommit;
      return agencyCount(trx);
    };
    const counts = await withActorInParallel(database.db, actor, [
      async (trx: Trx) => {
        await database.owner.query(
          `INSERT INTO agencies (code, name, agency_type, sector, jurisdiction_level)
           VALUES ('SNAP-TEST', 'Institución de prueba', 'interagency_commission', 'government', 'federal')`,
        );
        committed();
        return agencyCount(trx);
      },
      afterTheCommit,
      afterTheCommit,
    ]);
    expect(counts).toEqual([before, before, before]);
    const now = Number((await database.owner.query('SELECT count(*) AS n FROM agencies')).rows[0].n);
    expect(now).toBe(before + 1);
  });

  it('refuses to write, in any read', async () => {
    const write = (trx: Trx) => sql`UPDATE agencies SET name = name WHERE false`.execute(trx);
    for (const reads of [
      [write, agencyCount],
      [agencyCount, write],
      [agencyCount, agencyCount, write],
    ])
      await expect(withActorInParallel(database.db, actor, reads)).rejects.toMatchObject({ code: '25006' });
  });

  it('throws the first failure only after every read ended, and leaves the pool usable', async () => {
    const ended: string[] = [];
    const slowly = (name: string) => async (trx: Trx) => {
      await sql`SELECT pg_sleep(0.2)`.execute(trx);
      ended.push(name);
    };
    const failing = withActorInParallel(database.db, actor, [
      slowly('first'),
      async () => {
        throw new Error('second read failed');
      },
      slowly('third'),
    ]);
    await expect(failing).rejects.toThrow('second read failed');
    expect(ended.sort()).toEqual(['first', 'third']);
    const [one, two] = await withActorInParallel(database.db, actor, [agencyCount, agencyCount]);
    expect(one).toBe(two);
  });

  it('takes two or three reads, and says so to a caller with another number', async () => {
    for (const reads of [[agencyCount], Array.from({ length: MOST_READS_PER_CALL + 1 }, () => agencyCount)])
      await expect(withActorInParallel(database.db, actor, reads)).rejects.toThrow(
        `takes 2 to ${MOST_READS_PER_CALL} reads, not ${reads.length}`,
      );
  });

  it.each([2, MOST_READS_PER_CALL])(
    'finishes more calls of %i reads at once than the pool has connections, taking turns instead of waiting for ever',
    async (readsPerCall) => {
      const connections = database.app.options.max ?? 10;
      let running = 0;
      let mostRunning = 0;
      const slowRead = async (trx: Trx) => {
        running++;
        mostRunning = Math.max(mostRunning, running);
        await sql`SELECT pg_sleep(0.1)`.execute(trx);
        running--;
        return true;
      };
      const calls = Array.from({ length: connections + 2 }, () =>
        withActorInParallel(
          database.db,
          actor,
          Array.from({ length: readsPerCall }, () => slowRead),
        ),
      );
      expect(await Promise.all(calls)).toHaveLength(connections + 2);
      expect(mostRunning).toBeLessThanOrEqual(readsPerCall * PARALLEL_READS_AT_ONCE);
      expect(mostRunning).toBeGreaterThan(readsPerCall);
    },
    60_000,
  );
});
