import { sql, type Transaction } from 'kysely';
import type { KeyRing } from '../../platform/crypto/key-ring.ts';
import type { Schema } from '../../platform/db/schema.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { type PersonRows, personRows } from '../cases/person-rows.ts';
import { CASE_HISTORY } from '../cases/update-case.ts';
import { creationChanges } from '../history/field-changes.ts';
import type { BundleCase, BundlePerson } from './bundle-format.ts';
import { insertInSlices, insertJsonRows } from './import-store.ts';
import { workAhead } from './work-ahead.ts';

export type ImportPlan = {
  newCases: { line: number; record: BundleCase; caseId: string; reference: string }[];
  newPeople: {
    line: number;
    record: BundlePerson;
    personId: string;
    caseId: string;
    officialAgencyId: string | null;
  }[];
};

/** From this many new people on, statistics are refreshed as the tables fill (migration 0016). */
const LARGE_IMPORT = 5000;

/** Rows per INSERT: few round trips, statements of a few megabytes at most. */
const SLICE = 2000;

/**
 * Writes a planned import with multi-row inserts: the records, their import keys, their first history
 * entries and one audit entry per case, all in the caller's transaction.
 */
export async function writeImport(
  trx: Transaction<Schema>,
  keyRing: KeyRing,
  caller: CaseCaller,
  plan: ImportPlan,
): Promise<void> {
  const large = plan.newPeople.length >= LARGE_IMPORT;
  const slices = inSlices(plan.newPeople, SLICE);
  // Encryption starts now and stays a slice ahead of the writer: the importer's CPU work and
  // PostgreSQL's overlap instead of adding up, from the cases on.
  const takeRows = workAhead(slices, ({ record, personId, caseId, officialAgencyId }) =>
    personRows(keyRing, { personId, caseId, agencyId: caller.agencyId, officialAgencyId }, record),
  );
  const cases = plan.newCases.length;
  await writeCases(trx, caller, plan.newCases);
  if (large) await refreshStatistics(trx, cases, 0);
  for (const [index, slice] of slices.entries()) {
    // Once the first slice is in, the statistics stop calling the people table empty.
    if (large && index === 1) await refreshStatistics(trx, cases, SLICE);
    await writePeopleSlice(trx, caller, slice, await takeRows());
  }
  await auditImportedCases(trx, plan);
}

const inSlices = <Row>(rows: readonly Row[], size: number): Row[][] =>
  Array.from({ length: Math.ceil(rows.length / size) }, (_, index) =>
    rows.slice(index * size, (index + 1) * size),
  );

async function writeCases(trx: Transaction<Schema>, caller: CaseCaller, cases: ImportPlan['newCases']) {
  await insertInSlices(cases, SLICE, (slice) =>
    insertJsonRows(
      trx,
      'cases',
      slice.map(({ record, caseId, reference }) => ({
        id: caseId,
        reference,
        opened_by_agency_id: caller.agencyId,
        owning_agency_id: caller.agencyId,
        state_code: record.stateCode,
        municipality: record.municipality ?? null,
        status: record.status,
        opened_on: record.openedOn,
      })),
    ),
  );
  await writeTrail(
    trx,
    caller,
    'case',
    cases.map(({ record, caseId }) => ({
      externalId: record.id,
      recordId: caseId,
      caseId,
      changes: creationChanges(CASE_HISTORY, record),
    })),
  );
}

async function writePeopleSlice(
  trx: Transaction<Schema>,
  caller: CaseCaller,
  people: ImportPlan['newPeople'],
  rows: PersonRows[],
): Promise<void> {
  await insertJsonRows(
    trx,
    'people',
    rows.map((row) => row.person),
  );
  await insertJsonRows(
    trx,
    'person_identities',
    rows.flatMap((row) => (row.identity ? [row.identity] : [])),
  );
  await insertJsonRows(
    trx,
    'person_documents',
    rows.flatMap((row) => row.documents),
  );
  await insertJsonRows(
    trx,
    'person_contacts',
    rows.flatMap((row) => row.contacts),
  );
  const walls = rows.flatMap(({ person }) =>
    person.role === 'suspect' && person.official_agency_id
      ? [{ case_id: person.case_id, agency_id: person.official_agency_id, cause: 'official_suspect' }]
      : [],
  );
  await insertJsonRows(trx, 'case_walls', walls);
  await writeTrail(
    trx,
    caller,
    'person',
    people.map(({ record, personId, caseId }) => ({
      externalId: record.id,
      recordId: personId,
      caseId,
      changes: [
        { field: 'role', from: null, to: record.role },
        ...(record.identity ? [{ field: 'identity', protected: true as const }] : []),
        ...(record.documents.length > 0 ? [{ field: 'documents', protected: true as const }] : []),
        ...(record.contacts.length > 0 ? [{ field: 'contacts', protected: true as const }] : []),
      ],
    })),
  );
}

/** Refreshes only statistics that count fewer rows than this import has written (migration 0045). */
const refreshStatistics = (trx: Transaction<Schema>, writtenCases: number, writtenPeople: number) =>
  sql`SELECT enlace_refresh_case_statistics(${writtenCases}, ${writtenPeople})`.execute(trx);

type TrailEntry = {
  externalId: string;
  recordId: string;
  caseId: string;
  changes: ReturnType<typeof creationChanges>;
};

/** Trail rows per statement: three array parameters each, however many rows. */
const TRAIL_SLICE = 5000;

/**
 * Import keys and first history entries for records of one type, and for cases one audit entry each
 * naming the people imported with it. Arrays unnested server-side: one parse per slice, not per row.
 */
async function writeTrail(
  trx: Transaction<Schema>,
  caller: CaseCaller,
  recordType: 'case' | 'person',
  entries: TrailEntry[],
) {
  await insertInSlices(entries, TRAIL_SLICE, async (slice) => {
    const externalIds = slice.map((entry) => entry.externalId);
    const recordIds = slice.map((entry) => entry.recordId);
    const caseIds = slice.map((entry) => entry.caseId);
    const changes = slice.map((entry) => JSON.stringify(entry.changes));
    await sql`INSERT INTO import_keys (agency_id, record_type, external_id, record_id, case_id)
      SELECT ${caller.agencyId}::uuid, ${recordType}, e, r, c
      FROM unnest(${externalIds}::text[], ${recordIds}::uuid[], ${caseIds}::uuid[]) AS t(e, r, c)`.execute(
      trx,
    );
    await sql`INSERT INTO record_changes (case_id, record_type, record_id, version, change_kind, changes)
      SELECT c, ${recordType}, r, 1, 'created', d::jsonb
      FROM unnest(${caseIds}::uuid[], ${recordIds}::uuid[], ${changes}::text[]) AS t(c, r, d)`.execute(trx);
  });
}

/** One audit entry per imported case: the act, its record, and the ids of the people imported with it. */
async function auditImportedCases(trx: Transaction<Schema>, plan: ImportPlan) {
  const peopleOf = new Map<string, string[]>();
  for (const person of plan.newPeople) {
    const ids = peopleOf.get(person.caseId);
    if (ids) ids.push(person.personId);
    else peopleOf.set(person.caseId, [person.personId]);
  }
  const entries = [...new Set([...plan.newCases.map(({ caseId }) => caseId), ...peopleOf.keys()])];
  await insertInSlices(entries, TRAIL_SLICE, async (slice) => {
    const details = slice.map((caseId) => JSON.stringify({ personIds: peopleOf.get(caseId) ?? [] }));
    await sql`INSERT INTO audit_entries (action, record_type, record_id, details)
      SELECT 'case.import', 'case', c, d::jsonb FROM unnest(${slice}::text[], ${details}::text[]) AS t(c, d)`.execute(
      trx,
    );
  });
}
