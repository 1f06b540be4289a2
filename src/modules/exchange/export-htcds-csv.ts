import { stringify } from 'csv-stringify/sync';
import type { Kysely } from 'kysely';
import type { KeyRing } from '../../platform/crypto/key-ring.ts';
import type { Schema } from '../../platform/db/schema.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { type ExportOptions, exportRecords } from './export-bundle.ts';
import { HTCDS_COLUMNS } from './htcds/columns.ts';
import { recordsToRow } from './htcds/records-to-row.ts';

/**
 * The same records as the bundle export, as an HTCDS CSV: one row per person record. A case without
 * people has no row, since every HTCDS row is a person's.
 */
export async function exportHtcdsCsv(
  deps: { db: Kysely<Schema>; keyRing: KeyRing },
  caller: CaseCaller,
  options: ExportOptions,
): Promise<string> {
  const { cases, people } = await exportRecords(deps, caller, options, 'htcds-csv');
  const caseById = new Map(cases.map((record) => [record.id, record]));
  const rows = people.flatMap((person) => {
    const caseRecord = caseById.get(person.case);
    return caseRecord ? [recordsToRow(caseRecord, person)] : [];
  });
  return stringify(rows, { header: true, columns: [...HTCDS_COLUMNS] });
}
