import { type Kysely, sql, type Transaction } from 'kysely';
import type { Role } from '../access/roles.ts';
import type { Schema } from './schema.ts';

/** Who is acting: a signed-in user, or Enlace itself (CLI, sealer, migrations) with no user. */
export type Actor = {
  userId: string | null;
  agencyId: string | null;
  roles: readonly Role[];
  requestId?: string;
};

export const SYSTEM_ACTOR: Actor = { userId: null, agencyId: null, roles: [] };

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
  await sql`SELECT
    set_config('enlace.user_id', ${actor.userId ?? ''}, true),
    set_config('enlace.agency_id', ${actor.agencyId ?? ''}, true),
    set_config('enlace.roles', ${actor.roles.join(',')}, true),
    set_config('enlace.request_id', ${actor.requestId ?? ''}, true)`.execute(trx);
}
