/**
 * Where a statement could run if Enlace's case records were distributed with Citus by case: every table
 * with a `case_id` (and `cases` by its `id`) hash-distributed and co-located; the small catalogues
 * (agencies, roles, users, the service directory) reference tables copied to every node; the rest
 * (audit chain, sessions, throttling, linkage) local tables on the coordinator.
 */
export type Placement =
  /** Touches no distributed table: answered by the coordinator or any node, no fan-out. */
  | 'no_case_table'
  /** Touches case tables and pins one case: routed to a single shard. */
  | 'one_case'
  /** Touches case tables without pinning one case: fans out to every shard. */
  | 'all_shards'
  /** Joins a case table with a coordinator-local table: Citus must move rows or refuse it as is. */
  | 'local_join';

export type TableKinds = { distributed: ReadonlySet<string>; local: ReadonlySet<string> };

const CASE_KEY_EQUALITY =
  /"?case_id"?\s*=\s*(?:\$\d+|'[0-9a-f-]{36}')|"?cases"?\."?id"?\s*=\s*(?:\$\d+|'[0-9a-f-]{36}')/i;

export function tablesIn(sql: string, known: Iterable<string>): string[] {
  const found: string[] = [];
  for (const table of known)
    if (new RegExp(`(?:^|[\\s.,("])"?${table}"?(?:$|[\\s,)"])`).test(sql)) found.push(table);
  return found;
}

export function placementOf(sql: string, kinds: TableKinds): Placement {
  const tables = tablesIn(sql, [...kinds.distributed, ...kinds.local]);
  const distributed = tables.filter((table) => kinds.distributed.has(table));
  if (distributed.length === 0) return 'no_case_table';
  if (tables.some((table) => kinds.local.has(table))) return 'local_join';
  if (CASE_KEY_EQUALITY.test(sql)) return 'one_case';
  // `cases` alone, by its own key.
  if (distributed.length === 1 && distributed[0] === 'cases' && /(?:^|[\s(])"?id"?\s*=\s*\$\d+/.test(sql))
    return 'one_case';
  // A single-row insert names its case in the row: the router places it by that value.
  if (/^\s*insert\s/i.test(sql) && !/\)\s*,\s*\(/.test(sql.slice(sql.search(/\svalues\s/i))))
    return 'one_case';
  return 'all_shards';
}
