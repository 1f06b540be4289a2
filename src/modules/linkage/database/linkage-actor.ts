import { type Kysely, sql, type Transaction } from 'kysely';
import type { Schema } from '../../../platform/db/schema.ts';
import { SYSTEM_ACTOR, withActor } from '../../../platform/db/with-actor.ts';

/**
 * The only actor that reads every survivor's identity: Enlace itself (no user), declaring the purpose
 * `record_linkage`, which row-level security requires before it opens records of any case
 * (migration 0022). What it reads stays inside the transaction; each run is audited.
 */
export function withLinkageActor<T>(
  db: Kysely<Schema>,
  work: (trx: Transaction<Schema>) => Promise<T>,
): Promise<T> {
  return withActor(db, SYSTEM_ACTOR, async (trx) => {
    await sql`SELECT set_config('enlace.purpose', 'record_linkage', true)`.execute(trx);
    return work(trx);
  });
}
