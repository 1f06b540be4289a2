import type { Transaction } from 'kysely';
import { sql } from 'kysely';
import { mayOnCase } from '../../platform/access/case-access.ts';
import type { KeyRing } from '../../platform/crypto/key-ring.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { mayReadGroup } from '../case-records/record-access.ts';
import type { RecordKind, RecordTable, VersionedView } from '../case-records/record-kind.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { consentRecord } from '../consent/consent-record.ts';
import { viewOf as exploitationViewOf, storedOf } from '../exploitation/record.ts';
import { listExploitationRows } from '../exploitation/store.ts';
import { appealRecord } from '../legal/appeal-record.ts';
import { bilateralRecord } from '../legal/bilateral-record.ts';
import { chargeRecord } from '../legal/charge-record.ts';
import { extraditionRecord } from '../legal/extradition-record.ts';
import { proceedingRecord } from '../legal/proceeding-record.ts';
import { verdictRecord } from '../legal/verdict-record.ts';
import { measureRecord } from '../protection/measure-record.ts';
import { testimonyRecord } from '../protection/testimony-record.ts';
import { fieldsOf, viewOf as suspectViewOf } from '../suspects/record.ts';
import { listSuspectRoleRows } from '../suspects/store.ts';
import {
  RECORD_LINE_SCHEMAS,
  RECORD_LINE_TYPES,
  type RecordLine,
  type RecordLineType,
  recordLineSpec,
} from './record-lines.ts';

type View = { id: string } & Readonly<Record<string, unknown>>;
type Found = { caseId: string; view: View };
/** Where readers run: the caller's transaction, on a slice of the exported cases. */
type Batch = { trx: Transaction<Schema>; caller: CaseCaller; keyRing: KeyRing; caseIds: readonly string[] };
type Reader = (batch: Batch) => Promise<readonly Found[]>;

/** Cases read per statement: a few statements per kind for any number of cases. */
const CASE_SLICE = 1000;

/**
 * The records of a kind the caller may read, as the API shows them (each module's own reading), for a
 * slice of cases in one statement; each view's case comes from one more statement over the same cases.
 */
const generic =
  <T extends RecordTable, C, P, V extends VersionedView>(kind: RecordKind<T, C, P, V>): Reader =>
  async ({ caseIds, ...scope }) => {
    const views = await kind.list({ ...scope, caseId: caseIds[0] ?? '' }, { caseIds });
    const caseOf = await caseIdsOf(scope.trx, kind.table, caseIds);
    return views
      .filter((view) => mayReadGroup(scope.caller, 'owner', kind.groupOf(view)))
      .map((view) => ({ caseId: caseOf.get(view.id) ?? '', view }));
  };

async function caseIdsOf(
  trx: Transaction<Schema>,
  table: RecordTable,
  caseIds: readonly string[],
): Promise<Map<string, string>> {
  const { rows } = await sql<{ id: string; case_id: string }>`SELECT id, case_id FROM ${sql.table(table)}
    WHERE case_id = any(${caseIds}::uuid[])`.execute(trx);
  return new Map(rows.map((row) => [row.id, row.case_id]));
}

const mayReadInvestigation = (caller: CaseCaller) => mayOnCase(caller.roles, 'owner', 'investigation.read');

const READERS: Record<RecordLineType, Reader> = {
  exploitation: async ({ trx, caseIds, caller, keyRing }) => {
    const investigation = mayReadInvestigation(caller);
    const rows = await listExploitationRows(trx, caseIds, undefined);
    return rows.map((row) => ({
      caseId: row.case_id,
      view: exploitationViewOf(row, storedOf(keyRing, row, investigation)),
    }));
  },
  suspectRole: async ({ trx, caseIds, caller, keyRing }) => {
    if (!mayReadInvestigation(caller)) return [];
    const roles = await listSuspectRoleRows(trx, caseIds, undefined);
    return roles.map(({ row, agency }) => {
      const view = suspectViewOf(row, fieldsOf(keyRing, row, agency), agency);
      return {
        caseId: row.case_id,
        view: { ...view, officialAgencyCode: view.officialAgency?.code ?? null },
      };
    });
  },
  legalProceeding: generic(proceedingRecord),
  charge: generic(chargeRecord),
  verdict: generic(verdictRecord),
  appeal: generic(appealRecord),
  extradition: generic(extraditionRecord),
  bilateralInvestigation: generic(bilateralRecord),
  protectionMeasure: generic(measureRecord),
  testimonyDecision: generic(testimonyRecord),
  consent: generic(consentRecord),
};

/** Free text that can point to a person or a place: exported only with identities. */
const IDENTIFYING: Partial<Record<RecordLineType, (line: Record<string, unknown>) => void>> = {
  exploitation: (line) => {
    for (const stage of ['recruitment', 'transit', 'exploitation']) {
      const place = line[stage] as Record<string, unknown> | undefined;
      if (!place) continue;
      delete place.municipality;
      delete place.details;
      if (Object.keys(place).length === 0) delete line[stage];
    }
  },
  consent: (line) => {
    delete line.evidenceNote;
  },
};

/**
 * Every record of the exported cases besides cases and people, as bundle lines: each kind read by its
 * module (row-level security, the field groups the caller may read), named by the external ids the
 * caller's agency knows them by (their own ids otherwise), in a stable order.
 */
export async function exportedRecordLines(
  scope: { trx: Transaction<Schema>; caller: CaseCaller; keyRing: KeyRing },
  cases: readonly { caseId: string; externalId: string }[],
  identities: boolean,
): Promise<RecordLine[]> {
  const externalIdOf = new Map(cases.map(({ caseId, externalId }) => [caseId, externalId]));
  const found: { type: RecordLineType; caseExternalId: string; view: View }[] = [];
  for (let start = 0; start < cases.length; start += CASE_SLICE) {
    const caseIds = cases.slice(start, start + CASE_SLICE).map(({ caseId }) => caseId);
    for (const type of RECORD_LINE_TYPES) {
      for (const { caseId, view } of await READERS[type]({ ...scope, caseIds })) {
        found.push({ type, caseExternalId: externalIdOf.get(caseId) ?? caseId, view });
      }
    }
  }
  const named = await externalIds(
    scope.trx,
    scope.caller.agencyId,
    found.flatMap(({ type, view }) => [
      view.id,
      ...recordLineSpec(type).references.map(({ requestField }) => view[requestField] as string),
    ]),
  );
  const nameOf = (id: string) => named.get(id) ?? id;
  const lines = found.map(({ type, caseExternalId, view }) => {
    const line = lineOf(type, view, caseExternalId, nameOf);
    if (!identities) IDENTIFYING[type]?.(line);
    return line;
  });
  const order = (line: RecordLine) => RECORD_LINE_TYPES.indexOf(line.type);
  return lines.sort((a, b) => order(a) - order(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const FIELDS = new Map(
  RECORD_LINE_SCHEMAS.map((schema) => [
    schema.shape.type.value as RecordLineType,
    Object.keys(schema.shape).filter((name) => !['type', 'id', 'case'].includes(name)),
  ]),
);

function lineOf(
  type: RecordLineType,
  view: View,
  caseExternalId: string,
  nameOf: (id: string) => string,
): RecordLine {
  const references = recordLineSpec(type).references;
  const line: Record<string, unknown> = { type, id: nameOf(view.id), case: caseExternalId };
  for (const field of FIELDS.get(type) ?? []) {
    const reference = references.find((candidate) => candidate.field === field);
    const value = reference ? nameOf(view[reference.requestField] as string) : withoutNulls(view[field]);
    if (value !== undefined) line[field] = value;
  }
  return line as RecordLine;
}

/** Null means "not recorded", which a line says by leaving the field out. */
function withoutNulls(value: unknown): unknown {
  if (value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) return value;
  const entries = Object.entries(value)
    .map(([key, field]) => [key, withoutNulls(field)] as const)
    .filter(([, field]) => field !== undefined);
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** The external ids the caller's agency imported these records under. */
async function externalIds(
  trx: Transaction<Schema>,
  agencyId: string,
  recordIds: readonly string[],
): Promise<Map<string, string>> {
  if (recordIds.length === 0) return new Map();
  const rows = await trx
    .selectFrom('import_keys')
    .select(['record_id', 'external_id'])
    .where('agency_id', '=', agencyId)
    .where(sql<boolean>`record_id = any(${[...new Set(recordIds)]}::uuid[])`)
    .execute();
  return new Map(rows.map((row) => [row.record_id, row.external_id]));
}
