import { type Kysely, sql, type Transaction } from 'kysely';
import pLimit from 'p-limit';
import type { Schema } from './schema.ts';
import { type Actor, bindActor } from './with-actor.ts';

type Read<T> = (trx: Transaction<Schema>) => Promise<T>;

/**
 * How many parallel reads a process runs at once; the rest wait their turn before taking a connection.
 * Each holds its first connection while it asks the pool for a second, so as many of them as the pool
 * has connections could each hold one and wait for ever; four hold at most eight of the pools' ten to
 * twenty.
 */
export const PARALLEL_READS_AT_ONCE = 4;
const turn = pLimit(PARALLEL_READS_AT_ONCE);

/**
 * Runs two reads at the same time, each in its own read-only transaction on its own connection, both
 * seeing one snapshot of the database (the first exports it, the second imports it) and both knowing the
 * actor, so row-level security binds in each as in `withActor`. For reads long enough to be worth a
 * second core; each call holds two connections of the pool until both reads end. Settles both before
 * answering, so no transaction outlives the call; the first failure is thrown. At most
 * `PARALLEL_READS_AT_ONCE` run at a time in the process.
 */
export function withActorInParallel<A, B>(
  db: Kysely<Schema>,
  actor: Actor,
  first: Read<A>,
  second: Read<B>,
): Promise<[A, B]> {
  return turn(() => inParallel(db, actor, first, second));
}

function inParallel<A, B>(
  db: Kysely<Schema>,
  actor: Actor,
  first: Read<A>,
  second: Read<B>,
): Promise<[A, B]> {
  const snapshotRead = () => db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only');
  return snapshotRead().execute(async (trx) => {
    const exported = await sql<{ snapshot: string }>`SELECT pg_export_snapshot() AS snapshot`.execute(trx);
    const snapshot = exported.rows[0]!.snapshot;
    await bindActor(trx, actor);
    const alongside = snapshotRead().execute(async (other) => {
      // Must come before any other statement of the transaction.
      await sql`SET TRANSACTION SNAPSHOT ${sql.lit(snapshot)}`.execute(other);
      await bindActor(other, actor);
      return second(other);
    });
    const [one, two] = await Promise.allSettled([first(trx), alongside]);
    if (one.status === 'rejected') throw one.reason;
    if (two.status === 'rejected') throw two.reason;
    return [one.value, two.value];
  });
}
