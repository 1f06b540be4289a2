import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type Placement, placementOf, type TableKinds } from './classify-statement.ts';

/**
 * Reads a statement log (ENLACE_STATEMENT_LOG, one {"sql"} per line) and says what share of the
 * application's statements would stay on one shard if case records were distributed by case.
 * Usage: node --import tsx bench/citus/shard-locality.ts artifacts/statements.jsonl
 */
const MIGRATIONS = path.resolve(import.meta.dirname, '../../src/migrations');

/** Small, read-mostly tables every node would hold a copy of (Citus reference tables). */
const REFERENCE = new Set([
  'agencies',
  'agency_types',
  'roles',
  'users',
  'user_roles',
  'service_providers',
  'provider_services',
  'recommendations',
  'recommendation_notes',
  'tier_history',
  'assessment_judgements',
  'statistical_releases',
  'prevention_activities',
  'provider_monitoring_events',
]);

/** They carry a case id, but are read by their recipient across cases: they stay on the coordinator. */
const READ_BY_RECIPIENT = new Set(['notifications', 'security_alerts']);

/** Keyed by person, not case: co-located only once they carry their case's id too (counted as distributed). */
const PERSON_KEYED = ['person_contacts', 'person_documents', 'person_identities'];

function tableKinds(): TableKinds {
  const columns = new Map<string, Set<string>>();
  for (const file of readdirSync(MIGRATIONS)
    .filter((name) => name.endsWith('.sql'))
    .sort()) {
    const text = readFileSync(path.join(MIGRATIONS, file), 'utf8');
    for (const match of text.matchAll(/CREATE TABLE (?:IF NOT EXISTS )?([a-z_]+) \(([\s\S]*?)\n\);/g)) {
      const names = [...match[2]!.matchAll(/^\s*([a-z_]+)\s/gm)].map((column) => column[1]!);
      columns.set(match[1]!, new Set(names));
    }
    for (const match of text.matchAll(/ALTER TABLE ([a-z_]+)\s+ADD COLUMN (?:IF NOT EXISTS )?([a-z_]+)/g))
      columns.get(match[1]!)?.add(match[2]!);
  }
  const distributed = new Set(['cases', ...PERSON_KEYED]);
  for (const [table, names] of columns)
    if (names.has('case_id') && !READ_BY_RECIPIENT.has(table)) distributed.add(table);
  const local = new Set(
    [...columns.keys()].filter((table) => !distributed.has(table) && !REFERENCE.has(table)),
  );
  return { distributed, local };
}

const isData = (sql: string) => /^\s*(select|insert|update|delete|with)\s/i.test(sql);
/** withActor's per-transaction settings, counted apart: they are the cost of every transaction, not a query. */
const isActorSetting = (sql: string) => /^\s*select\s+set_config\('enlace\./i.test(sql);
const kindOf = (sql: string) => sql.trim().split(/\s/)[0]!.toLowerCase();

const logFile = process.argv[2];
if (!logFile) throw new Error('usage: shard-locality.ts STATEMENT_LOG');
const kinds = tableKinds();
const statements = readFileSync(logFile, 'utf8')
  .split('\n')
  .filter((line) => line !== '')
  .map((line) => (JSON.parse(line) as { sql: string }).sql)
  .filter(isData);
const actorSettings = statements.filter(isActorSetting).length;
const queries = statements.filter((sql) => !isActorSetting(sql));

const placements: Placement[] = ['no_case_table', 'one_case', 'all_shards', 'local_join'];
const byKind = new Map<string, Record<Placement, number>>();
const fanOut = new Map<string, number>();
for (const sql of queries) {
  const placement = placementOf(sql, kinds);
  const kind = kindOf(sql);
  const row = byKind.get(kind) ?? { no_case_table: 0, one_case: 0, all_shards: 0, local_join: 0 };
  row[placement]++;
  byKind.set(kind, row);
  if (placement === 'all_shards' || placement === 'local_join') {
    const shape = `${placement}: ${sql.replace(/\s+/g, ' ').slice(0, 110)}`;
    fanOut.set(shape, (fanOut.get(shape) ?? 0) + 1);
  }
}

const percent = (part: number, whole: number) => `${((100 * part) / Math.max(whole, 1)).toFixed(1)} %`;
console.log(
  `${queries.length} statements (and ${actorSettings} actor settings); ${kinds.distributed.size} distributed tables, ${kinds.local.size} local`,
);
console.log(`| statement | count | ${placements.join(' | ')} |`);
console.log(`| --- | ---: | ${placements.map(() => '---:').join(' | ')} |`);
const total = { no_case_table: 0, one_case: 0, all_shards: 0, local_join: 0 };
for (const [kind, row] of [...byKind].sort()) {
  const count = placements.reduce((sum, placement) => sum + row[placement], 0);
  for (const placement of placements) total[placement] += row[placement];
  console.log(
    `| ${kind} | ${count} | ${placements.map((placement) => percent(row[placement], count)).join(' | ')} |`,
  );
}
console.log(
  `| all | ${queries.length} | ${placements.map((placement) => percent(total[placement], queries.length)).join(' | ')} |`,
);
console.log('\nMost frequent statements that do not stay on one shard:');
for (const [shape, count] of [...fanOut].sort((a, b) => b[1] - a[1]).slice(0, 15))
  console.log(`${count}\t${shape}`);
