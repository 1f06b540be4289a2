import { type Kysely, sql, type Transaction } from 'kysely';
import type pg from 'pg';
import type { Role } from '../access/roles.ts';
import { inlineParameters } from './inline-parameters.ts';
import type { Schema } from './schema.ts';

/** Who is acting: a signed-in user, or Enlace itself (CLI, sealer, migrations) with no user. */
export type Actor = {
  userId: string | null;
  agencyId: string | null;
  roles: readonly Role[];
  requestId?: string;
};

export const SYSTEM_ACTOR: Actor = { userId: null, agencyId: null, roles: [] };

const actorSettings = (actor: Actor) =>
  sql`SELECT
    set_config('enlace.user_id', ${actor.userId ?? ''}, true),
    set_config('enlace.agency_id', ${actor.agencyId ?? ''}, true),
    set_config('enlace.roles', ${actor.roles.join(',')}, true),
    set_config('enlace.request_id', ${actor.requestId ?? ''}, true)`;

/**
 * Runs `work` in one transaction that knows its actor: row-level security policies and the audit
 * log's defaults read the same `enlace.*` settings, which vanish at commit or rollback.
 */
export function withActor<T>(
  db: Kysely<Schema>,
  actor: Actor,
  work: (trx: Transaction<Schema>) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await bindActor(trx, actor);
    return work(trx);
  });
}

/** Tells the transaction who is acting, until it ends. */
export async function bindActor(trx: Transaction<Schema>, actor: Actor): Promise<void> {
  await actorSettings(actor).execute(trx);
}

/** A compiled statement (Kysely's `compile()`) to send inside a batch. */
export type BatchStatement = { sql: string; parameters: readonly unknown[] };

/** Sends statements in one message; the rows of each, in order. */
export type ActorTrip = (statements: readonly BatchStatement[]) => Promise<Record<string, unknown>[][]>;

/** What a batched use-case returns, and the statements (its audit entry) that commit with it. */
export type BatchedOutcome<T> = { result: T; withCommit: readonly BatchStatement[] };

const COMMIT: BatchStatement = { sql: 'COMMIT', parameters: [] };

/**
 * The same transaction as `withActor`, in as few round trips as the use-case allows: the first batch
 * `work` sends travels in one message with BEGIN and the actor's settings, and `withCommit` in one
 * message with COMMIT. A read that decides between its two batches (the application's access check)
 * thus costs two round trips instead of one per statement. PostgreSQL stops a message at its first
 * failing statement, so COMMIT never runs after a failed write; any failure rolls everything back.
 * Statements are compiled Kysely queries; their parameters are inlined as quoted literals
 * (`inlineParameters`), because a message of several statements carries no parameters.
 */
export async function withActorBatched<T>(
  database: { app: pg.Pool; db: Kysely<Schema> },
  actor: Actor,
  work: (trip: ActorTrip) => Promise<BatchedOutcome<T>>,
): Promise<T> {
  const client = await database.app.connect();
  const opening = ['BEGIN', inlineParameters(actorSettings(actor).compile(database.db))];
  let opened = false;
  const send = async (statements: readonly string[]) => {
    const outcome: pg.QueryResult | pg.QueryResult[] = await client.query(statements.join(';\n'));
    return (Array.isArray(outcome) ? outcome : [outcome]).map((result) => result.rows);
  };
  const trip: ActorTrip = async (statements) => {
    const prefix = opened ? [] : opening;
    opened = true;
    const rows = await send([...prefix, ...statements.map(inlineParameters)]);
    return rows.slice(prefix.length);
  };
  let broken: Error | undefined;
  try {
    const { result, withCommit } = await work(trip);
    await trip([...withCommit, COMMIT]);
    return result;
  } catch (error) {
    if (opened) {
      await client.query('ROLLBACK').catch((failure: Error) => {
        broken = failure;
      });
    }
    throw error;
  } finally {
    // A connection whose rollback failed is closed rather than handed to the next request.
    client.release(broken);
  }
}
