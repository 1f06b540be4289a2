import { sql, type Transaction } from 'kysely';
import type { Schema } from '../../platform/db/schema.ts';

type Trx = Transaction<Schema>;

/** Record ids already imported by the caller's agency under these external ids. */
export async function importedIds(
  trx: Trx,
  agencyId: string,
  recordType: string,
  externalIds: readonly string[],
): Promise<Map<string, { recordId: string; caseId: string }>> {
  if (externalIds.length === 0) return new Map();
  const rows = await trx
    .selectFrom('import_keys')
    .select(['external_id', 'record_id', 'case_id'])
    .where('agency_id', '=', agencyId)
    .where('record_type', '=', recordType)
    // One array parameter: a file's ids can outnumber PostgreSQL's 65,535 parameters per statement.
    .where(sql<boolean>`external_id = any(${externalIds}::text[])`)
    .execute();
  return new Map(rows.map((row) => [row.external_id, { recordId: row.record_id, caseId: row.case_id }]));
}

/** Case references already used anywhere (the owner's unique index would refuse them at commit). */
export async function takenReferences(trx: Trx, references: readonly string[]): Promise<Set<string>> {
  if (references.length === 0) return new Set();
  const found = await trx
    .selectNoFrom((eb) =>
      eb.fn<string[]>('enlace_references_taken', [eb.val(references as string[])]).as('taken'),
    )
    .executeTakeFirstOrThrow();
  return new Set(found.taken);
}

/** Agencies by code, for public officials named by their institution. */
export async function agencyIdsByCode(trx: Trx, codes: readonly string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await trx.selectFrom('agencies').select(['id', 'code']).where('code', 'in', codes).execute();
  return new Map(rows.map((row) => [row.code, row.id]));
}

/** Inserts in slices: one statement per slice keeps round trips few and parameters under the limit. */
export async function insertInSlices<Row>(
  rows: readonly Row[],
  size: number,
  insert: (slice: Row[]) => Promise<unknown>,
): Promise<void> {
  for (let start = 0; start < rows.length; start += size) await insert(rows.slice(start, start + size));
}

/**
 * Inserts rows of one table in one statement with one parameter: the server expands a JSON array into
 * typed rows. Much cheaper to parse and bind than thousands of VALUES parameters; row-level security,
 * constraints and triggers apply to each row as with any INSERT.
 */
export async function insertJsonRows(
  trx: Trx,
  table: keyof Schema & string,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const columns = sql.join(Object.keys(first).map((column) => sql.ref(column)));
  await sql`INSERT INTO ${sql.table(table)} (${columns})
    SELECT ${columns} FROM json_populate_recordset(NULL::${sql.table(table)}, ${JSON.stringify(rows)}::json)`.execute(
    trx,
  );
}

/** Import keys for records written one by one (their history and audit came with each write). */
export async function insertImportKeys(
  trx: Trx,
  agencyId: string,
  recordType: string,
  entries: readonly { externalId: string; recordId: string; caseId: string }[],
): Promise<void> {
  if (entries.length === 0) return;
  await sql`INSERT INTO import_keys (agency_id, record_type, external_id, record_id, case_id)
    SELECT ${agencyId}::uuid, ${recordType}, e, r, c FROM unnest(${entries.map((entry) => entry.externalId)}::text[],
      ${entries.map((entry) => entry.recordId)}::uuid[], ${entries.map((entry) => entry.caseId)}::uuid[]) AS t(e, r, c)`.execute(
    trx,
  );
}
