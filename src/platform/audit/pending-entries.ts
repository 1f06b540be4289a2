import type pg from 'pg';

/**
 * The entries waiting for the sealer, each with its fields (`p` is audit_pending, `e` audit_entries).
 * The lower bound keeps the join from walking every sealed entry before the first pending one: with the
 * pending table's statistics stale, as its churn leaves them, the planner chose joins that read the log
 * from its first entry, and each sealer round, metrics scrape and `enlace audit verify` cost time in
 * proportion to the whole log (docs/benchmarks.md, "Case read latency").
 */
export const PENDING_ENTRIES_FROM = `audit_pending p
  JOIN audit_entries e ON e.id = p.entry_id AND e.id >= (SELECT min(entry_id) FROM audit_pending)`;

/** How many entries wait for the sealer, and for how long the oldest has (seconds; 0 when none). */
export async function unsealedEntries(owner: pg.Pool): Promise<{ count: number; oldestSeconds: number }> {
  const result = await owner.query<{ count: number; oldest: number }>(
    `SELECT count(*)::int AS count,
            coalesce(extract(epoch FROM clock_timestamp() - min(e.occurred_at)), 0)::float AS oldest
     FROM ${PENDING_ENTRIES_FROM}`,
  );
  return { count: result.rows[0]?.count ?? 0, oldestSeconds: result.rows[0]?.oldest ?? 0 };
}
