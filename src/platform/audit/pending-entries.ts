/**
 * The entries waiting for the sealer, each with its fields (`p` is audit_pending, `e` audit_entries).
 * The lower bound keeps the join from walking every sealed entry before the first pending one: with the
 * pending table's statistics stale, as its churn leaves them, the planner chose joins that read the log
 * from its first entry, and each sealer round, metrics scrape and `enlace audit verify` cost time in
 * proportion to the whole log (docs/benchmarks.md, "Case read latency").
 */
export const PENDING_ENTRIES_FROM = `audit_pending p
  JOIN audit_entries e ON e.id = p.entry_id AND e.id >= (SELECT min(entry_id) FROM audit_pending)`;
