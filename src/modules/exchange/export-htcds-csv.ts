import { stringify } from 'csv-stringify/sync';
import type { Kysely } from 'kysely';
import type { KeyRing } from '../../platform/crypto/key-ring.ts';
import type { Schema } from '../../platform/db/schema.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import type { BundlePerson } from './bundle-format.ts';
import { type ExportOptions, exportRecords } from './export-bundle.ts';
import { HTCDS_COLUMNS } from './htcds/columns.ts';
import { recordsToRow } from './htcds/records-to-row.ts';
import type { RecordLine } from './record-lines.ts';

/**
 * The same records as the bundle export, as an HTCDS CSV: one row per person record, with the person's
 * exploitation and suspect-role records in its columns. A case without people has no row, since every
 * HTCDS row is a person's; the legal track, protection and consent have no HTCDS columns (bundle only).
 */
export async function exportHtcdsCsv(
  deps: { db: Kysely<Schema>; keyRing: KeyRing },
  caller: CaseCaller,
  options: ExportOptions,
): Promise<string> {
  const { cases, people, records } = await exportRecords(deps, caller, options, 'htcds-csv');
  const caseById = new Map(cases.map((record) => [record.id, record]));
  const ofPerson = (type: string) => {
    const grouped = new Map<string, RecordLine[]>();
    for (const line of records.filter((record) => record.type === type)) {
      const key = `${line.case}\u0000${line.person as string}`;
      grouped.set(key, [...(grouped.get(key) ?? []), line]);
    }
    return (person: BundlePerson) => grouped.get(`${person.case}\u0000${person.id}`) ?? [];
  };
  const exploitationsOf = ofPerson('exploitation');
  const suspectRolesOf = ofPerson('suspectRole');
  const rows = people.flatMap((person) => {
    const caseRecord = caseById.get(person.case);
    const personRecords = { exploitations: exploitationsOf(person), suspectRole: suspectRolesOf(person)[0] };
    return caseRecord ? [recordsToRow(caseRecord, person, personRecords)] : [];
  });
  return stringify(rows, { header: true, columns: [...HTCDS_COLUMNS] });
}
