import { sql, type Transaction } from 'kysely';
import type { KeyRing } from '../../../platform/crypto/key-ring.ts';
import type { Schema } from '../../../platform/db/schema.ts';
import type { CompiledComparison } from '../model/comparator.ts';
import type { PreparedRecord } from '../record.ts';
import type { BlockKey, TermValue } from './record-keys.ts';
import { termValueHash } from './record-keys.ts';
import type { ShareOf } from './scoring-context.ts';

/** Below this many values in a domain, how common a name is says little: no adjustment is made. */
const TERM_FREQUENCY_MINIMUM = 1_000;
const INSERT_CHUNK = 2_000;

/** Replaces the blocking keys and term values of records being linked again. */
export async function replaceRecordIndex(
  trx: Transaction<Schema>,
  entries: readonly { personId: string; keys: readonly BlockKey[]; terms: readonly TermValue[] }[],
): Promise<void> {
  const ids = entries.map((entry) => entry.personId);
  if (ids.length === 0) return;
  await sql`DELETE FROM linkage_block_keys WHERE person_id = ANY(${ids}::uuid[])`.execute(trx);
  await sql`DELETE FROM linkage_term_values WHERE person_id = ANY(${ids}::uuid[])`.execute(trx);
  const keyRows = entries.flatMap((entry) =>
    entry.keys.map((key) => ({ key_hash: key.hash, person_id: entry.personId })),
  );
  const termRows = entries.flatMap((entry) =>
    entry.terms.map((term) => ({
      person_id: entry.personId,
      comparison: term.comparison,
      domain: term.domain,
      value_hash: term.valueHash,
    })),
  );
  for (let start = 0; start < keyRows.length; start += INSERT_CHUNK)
    await trx
      .insertInto('linkage_block_keys')
      .values(keyRows.slice(start, start + INSERT_CHUNK))
      .execute();
  for (let start = 0; start < termRows.length; start += INSERT_CHUNK)
    await trx
      .insertInto('linkage_term_values')
      .values(termRows.slice(start, start + INSERT_CHUNK))
      .execute();
}

/**
 * Records that share a block with the given keys, leaving out blocks larger than their rule allows
 * (as `enlace link` does: their pairs are reached by other rules or are too weak to matter).
 */
export async function blockCandidates(
  trx: Transaction<Schema>,
  keys: readonly BlockKey[],
  exclude: ReadonlySet<string>,
): Promise<string[]> {
  const limits = new Map(keys.map((key) => [key.hash, key.maxBlockSize]));
  if (limits.size === 0) return [];
  const rows = await sql<{ key_hash: string; members: string[] }>`
    SELECT key_hash, array_agg(person_id) AS members FROM linkage_block_keys
    WHERE key_hash = ANY(${[...limits.keys()]}::text[]) GROUP BY key_hash`.execute(trx);
  const candidates = new Set<string>();
  for (const row of rows.rows) {
    if (row.members.length > limits.get(row.key_hash)!) continue;
    for (const member of row.members) if (!exclude.has(member)) candidates.add(member);
  }
  return [...candidates];
}

/** How common each value of the batch is in the whole linked population. */
export async function populationShares(
  trx: Transaction<Schema>,
  ring: KeyRing,
  comparisons: readonly CompiledComparison[],
  records: readonly PreparedRecord[],
): Promise<ShareOf> {
  const hashOf = new Map<string, string>();
  for (const comparison of comparisons) {
    if (!comparison.spec.termFrequency) continue;
    for (const record of records) {
      const value = comparison.value(record);
      if (value !== null && !hashOf.has(value)) hashOf.set(value, termValueHash(ring, value));
    }
  }
  const totals = new Map(
    (
      await sql<{ domain: string; total: string }>`
        SELECT domain, count(*) AS total FROM linkage_term_values GROUP BY domain`.execute(trx)
    ).rows.map((row) => [row.domain, Number(row.total)]),
  );
  const counts = new Map(
    (
      await sql<{ domain: string; value_hash: string; count: string }>`
        SELECT domain, value_hash, count(*) AS count FROM linkage_term_values
        WHERE value_hash = ANY(${[...new Set(hashOf.values())]}::text[]) GROUP BY domain, value_hash`.execute(
        trx,
      )
    ).rows.map((row) => [`${row.domain}\n${row.value_hash}`, Number(row.count)]),
  );
  return (domain, value) => {
    const total = totals.get(domain) ?? 0;
    const count = counts.get(`${domain}\n${hashOf.get(value)}`);
    return total < TERM_FREQUENCY_MINIMUM || !count ? undefined : count / total;
  };
}
