import { type Kysely, sql, type Transaction } from 'kysely';
import pLimit from 'p-limit';
import type { Schema } from './schema.ts';
import { type Actor, bindActor } from './with-actor.ts';

type Read<T> = (trx: Transaction<Schema>) => Promise<T>;

/**
 * How many parallel reads a process runs at once; the rest wait their turn before taking a connection.
 * Each holds its first connection while it asks the pool for the others, so calls that each hold some
 * and wait for more could fill the pool and wait for ever. Four calls of at most three reads each hold
 * at most eight connections while waiting (two each), fewer than the pools' ten to twenty, so one of
 * them always gets what it waits for.
 */
export const PARALLEL_READS_AT_ONCE = 4;
export const MOST_READS_PER_CALL = 3;
const turn = pLimit(PARALLEL_READS_AT_ONCE);

/**
 * Runs two or three reads at the same time, each in its own read-only transaction on its own
 * connection, all seeing one snapshot of the database (the first exports it, the others import it) and
 * all knowing the actor, so row-level security binds in each as in `withActor`. For reads long enough to
 * be worth another core; each call holds as many connections of the pool as it has reads until all of
 * them end. Settles every read before answering, so no transaction outlives the call; the first failure
 * (in the order of `reads`) is thrown. At most `PARALLEL_READS_AT_ONCE` calls run at a time in the
 * process.
 */
export function withActorInParallel<T extends readonly unknown[]>(
  db: Kysely<Schema>,
  actor: Actor,
  reads: { readonly [K in keyof T]: Read<T[K]> },
): Promise<T> {
  if (reads.length < 2 || reads.length > MOST_READS_PER_CALL)
    return Promise.reject(
      new RangeError(`withActorInParallel takes 2 to ${MOST_READS_PER_CALL} reads, not ${reads.length}`),
    );
  return turn(
    () => inParallel(db, actor, reads as readonly Read<unknown>[]) as Promise<unknown> as Promise<T>,
  );
}

function inParallel(db: Kysely<Schema>, actor: Actor, reads: readonly Read<unknown>[]): Promise<unknown[]> {
  const snapshotRead = () => db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only');
  const [first, ...others] = reads;
  return snapshotRead().execute(async (trx) => {
    const exported = await sql<{ snapshot: string }>`SELECT pg_export_snapshot() AS snapshot`.execute(trx);
    const snapshot = exported.rows[0]!.snapshot;
    await bindActor(trx, actor);
    const alongside = others.map((read) =>
      snapshotRead().execute(async (other) => {
        // Must come before any other statement of the transaction.
        await sql`SET TRANSACTION SNAPSHOT ${sql.lit(snapshot)}`.execute(other);
        await bindActor(other, actor);
        return read(other);
      }),
    );
    const settled = await Promise.allSettled([first!(trx), ...alongside]);
    const failed = settled.find((outcome) => outcome.status === 'rejected');
    if (failed) throw failed.reason;
    return settled.map((outcome) => (outcome as PromiseFulfilledResult<unknown>).value);
  });
}
