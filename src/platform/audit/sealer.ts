import type pg from 'pg';
import { chainHash, type EntryFields, GENESIS_HASH } from './chain.ts';
import { ENTRY_FIELDS_SQL } from './entry-query.ts';
import { PENDING_ENTRIES_FROM } from './pending-entries.ts';

const SEALER_LOCK = 4_207_332;

/** The oldest pending entries, as the chain hashes them. */
export const PENDING_ENTRIES_SQL = `SELECT ${ENTRY_FIELDS_SQL} FROM ${PENDING_ENTRIES_FROM} ORDER BY e.id LIMIT $1`;

/**
 * Links committed, unsealed entries into the chain, oldest id first. One sealer at a time across
 * every Enlace process (advisory lock); a busy sealer elsewhere means there is nothing to do here.
 */
export async function sealPending(owner: pg.Pool, batch = 5000): Promise<number> {
  const client = await owner.connect();
  try {
    await client.query('BEGIN');
    const locked = await client.query('SELECT pg_try_advisory_xact_lock($1) AS ok', [SEALER_LOCK]);
    if (!locked.rows[0].ok) {
      await client.query('ROLLBACK');
      return 0;
    }
    const sealed = await sealBatch(client, batch);
    await client.query('COMMIT');
    return sealed;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

async function sealBatch(client: pg.PoolClient, batch: number): Promise<number> {
  const head = await client.query<{ head: string; entry_hash: Buffer }>(
    // Ordered by the bigint column, not by its text rendering ('9' sorts after '10').
    'SELECT position::text AS head, entry_hash FROM audit_chain ORDER BY audit_chain.position DESC LIMIT 1',
  );
  const pending = await client.query<EntryFields>(PENDING_ENTRIES_SQL, [batch]);
  if (pending.rows.length === 0) return 0;
  let position = BigInt(head.rows[0]?.head ?? '0');
  let previousHash = head.rows[0]?.entry_hash ?? GENESIS_HASH;
  const links = {
    positions: [] as string[],
    ids: [] as string[],
    previous: [] as Buffer[],
    hashes: [] as Buffer[],
  };
  for (const entry of pending.rows) {
    position++;
    const hash = chainHash(previousHash, String(position), entry);
    links.positions.push(String(position));
    links.ids.push(entry.id);
    links.previous.push(previousHash);
    links.hashes.push(hash);
    previousHash = hash;
  }
  await client.query(
    `INSERT INTO audit_chain (position, entry_id, previous_hash, entry_hash)
     SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::bytea[], $4::bytea[])`,
    [links.positions, links.ids, links.previous, links.hashes],
  );
  await client.query('DELETE FROM audit_pending WHERE entry_id = ANY($1::bigint[])', [links.ids]);
  return links.ids.length;
}

/** Seals every `intervalMs`; `stop()` waits for the running round and seals what is left. */
export function startAuditSealer(
  owner: pg.Pool,
  intervalMs = 200,
  onError: (error: unknown) => void = () => {},
) {
  let stopped = false;
  let round: Promise<unknown> = Promise.resolve();
  const tick = () => {
    if (stopped) return;
    round = sealPending(owner)
      .catch(onError)
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  let timer = setTimeout(tick, intervalMs);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await round;
      let sealed: number;
      do sealed = await sealPending(owner).catch(() => 0);
      while (sealed > 0);
    },
  };
}
