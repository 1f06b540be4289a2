import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { z } from 'zod';
import type { KeyRing } from '../../platform/crypto/key-ring.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { ProblemError } from '../../platform/http/problem.ts';
import type { Translate } from '../../platform/i18n/translate.ts';
import { localizeZodError } from '../../platform/i18n/validation-messages.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { revokeConsentIn } from '../consent/revoke-consent.ts';
import { importedIds, insertImportKeys } from './import-store.ts';
import type { ParsedRecordLine, Reject } from './read-bundle.ts';
import { inLineTerms, RECORD_LINES, type RecordLineType, recordLineSpec } from './record-lines.ts';
import { RECORD_BATCH_WRITERS } from './write-record-lines.ts';

/** A new record line with its uuid, its case's and every reference resolved. */
type PlannedLine = {
  entry: ParsedRecordLine;
  recordId: string;
  caseId: string;
  request: Record<string, unknown>;
};

export type RecordLinesPlan = { newLines: PlannedLine[]; unchanged: number };

/** Uuids by external id, per bundle type (`case`, `person`, `charge`, …). */
export type KnownIds = Map<string, Map<string, string>>;

/**
 * Resolves what the record lines name before anything is written: their case, the people and records
 * they point at (in the file or imported before by the caller's agency). Lines imported before are left
 * as they are; a reference that resolves to nothing is a reject naming the field.
 */
export async function planRecordLines(
  trx: Transaction<Schema>,
  caller: CaseCaller,
  lines: readonly ParsedRecordLine[],
  known: KnownIds,
  t: Translate,
  rejects: Reject[],
): Promise<RecordLinesPlan> {
  const ordered = RECORD_LINES.flatMap((spec) => lines.filter(({ record }) => record.type === spec.type));
  await addImportedBefore(trx, caller.agencyId, ordered, known);
  const newLines: PlannedLine[] = [];
  for (const entry of ordered) {
    const { record } = entry;
    const ids = idsOf(known, record.type);
    if (ids.has(record.id)) continue;
    const recordId = randomUUID();
    ids.set(record.id, recordId);
    const caseId = known.get('case')?.get(record.case);
    const request = { ...entry.request };
    const reject = (field: string, key: string) =>
      rejects.push({ line: entry.line, id: record.id, field, message: t(`problems:import.${key}`) });
    if (!caseId) reject('case', 'unknown_case');
    for (const reference of recordLineSpec(record.type).references) {
      const target = known.get(reference.target)?.get(record[reference.field] as string);
      if (target) request[reference.requestField] = target;
      else reject(reference.field, 'unknown_reference');
    }
    if (caseId) newLines.push({ entry, recordId, caseId, request });
  }
  return { newLines, unchanged: lines.length - newLines.length };
}

const idsOf = (known: KnownIds, type: string) => {
  const ids = known.get(type) ?? new Map<string, string>();
  known.set(type, ids);
  return ids;
};

/** Adds the records of these lines, and those they point at, that the caller's agency imported before. */
async function addImportedBefore(
  trx: Transaction<Schema>,
  agencyId: string,
  lines: readonly ParsedRecordLine[],
  known: KnownIds,
): Promise<void> {
  const wanted = new Map<string, Set<string>>();
  const want = (type: string, id: string) => {
    if (known.get(type)?.has(id)) return;
    wanted.set(type, (wanted.get(type) ?? new Set()).add(id));
  };
  for (const { record } of lines) {
    want(record.type, record.id);
    for (const reference of recordLineSpec(record.type).references) {
      want(reference.target, record[reference.field] as string);
    }
  }
  for (const [type, ids] of wanted) {
    const found = await importedIds(trx, agencyId, importKeyType(type), [...ids]);
    const into = idsOf(known, type);
    for (const [externalId, { recordId }] of found) into.set(externalId, recordId);
  }
}

/** The record type import keys use for a bundle type. */
const importKeyType = (type: string) =>
  type === 'case' || type === 'person' ? type : recordLineSpec(type as RecordLineType).recordType;

/** Lines of one kind written per batch: a few statements of history and audit for many records. */
const BATCH = 500;

/**
 * Writes the planned lines in order (parents first) through their modules' use-cases, in batches of
 * consecutive lines of one kind (each record still authorized, checked against the case's other records
 * and inserted in order). Anything a module refuses becomes a reject; the caller rolls the whole import
 * back when there is any, so the rules that need the case's other records decide before anything is kept.
 */
export async function writeRecordLines(
  scope: { trx: Transaction<Schema>; caller: CaseCaller; keyRing: KeyRing },
  plan: RecordLinesPlan,
  t: Translate,
): Promise<Reject[]> {
  const rejects: Reject[] = [];
  const failed = new Set<string>();
  await writeImportKeys(scope, plan);
  const refuse = (line: PlannedLine, error: unknown) => {
    failed.add(line.recordId);
    rejects.push(...rejectsOf(error, line.entry, t));
  };
  for (const batch of batchesOf(plan.newLines)) {
    const ready = batch.filter(({ entry, recordId, request }) => {
      const spec = recordLineSpec(entry.record.type);
      if (!spec.references.some(({ requestField }) => failed.has(request[requestField] as string)))
        return true;
      failed.add(recordId);
      return false;
    });
    await writeBatch(scope, ready, refuse);
  }
  return rejects;
}

/** Consecutive lines of one kind, at most BATCH together (the plan lists kinds parents first). */
function* batchesOf(lines: readonly PlannedLine[]): Generator<PlannedLine[]> {
  let batch: PlannedLine[] = [];
  for (const line of lines) {
    if (batch.length === BATCH || (batch[0] && batch[0].entry.record.type !== line.entry.record.type)) {
      yield batch;
      batch = [];
    }
    batch.push(line);
  }
  if (batch.length > 0) yield batch;
}

/** A batch of one kind; a consent line revoked in the file is revoked once its batch is written. */
async function writeBatch(
  scope: { trx: Transaction<Schema>; caller: CaseCaller; keyRing: KeyRing },
  lines: readonly PlannedLine[],
  refuse: (line: PlannedLine, error: unknown) => void,
): Promise<void> {
  const first = lines[0];
  if (!first) return;
  const type = first.entry.record.type;
  const written = new Set(
    await RECORD_BATCH_WRITERS[type](
      scope,
      lines.map(({ caseId, request, recordId }) => ({ caseId, input: request, recordId })),
      (index, error) => refuse(lines[index] as PlannedLine, error),
    ),
  );
  for (const line of lines) {
    const revokedOn = line.entry.extra.revokedOn;
    if (type !== 'consent' || typeof revokedOn !== 'string' || !written.has(line.recordId)) continue;
    try {
      // A consent is created at version 1.
      await revokeConsentIn({ ...scope, caseId: line.caseId }, line.recordId, 1, revokedOn);
    } catch (error) {
      refuse(line, error);
    }
  }
}

/**
 * Keys first, while every case is still visible: a suspect official's record can wall the importing
 * agency off its own case. A line refused later rolls its key back with the rest of the import.
 */
async function writeImportKeys(
  scope: { trx: Transaction<Schema>; caller: CaseCaller },
  plan: RecordLinesPlan,
): Promise<void> {
  const keys = new Map<string, { externalId: string; recordId: string; caseId: string }[]>();
  for (const { entry, recordId, caseId } of plan.newLines) {
    const { recordType } = recordLineSpec(entry.record.type);
    const ofType = keys.get(recordType) ?? [];
    ofType.push({ externalId: entry.record.id, recordId, caseId });
    keys.set(recordType, ofType);
  }
  for (const [recordType, entries] of keys) {
    await insertImportKeys(scope.trx, scope.caller.agencyId, recordType, entries);
  }
}

/** What a module refused, as rejects of the line: its fields by the line's names, in the user's language. */
function rejectsOf(error: unknown, entry: ParsedRecordLine, t: Translate): Reject[] {
  const { line, record } = entry;
  if (error instanceof z.ZodError) {
    return localizeZodError(inLineTerms(record.type, error), record, t).map((field) => ({
      line,
      id: record.id,
      field: field.path,
      message: field.message,
    }));
  }
  if (!(error instanceof ProblemError)) throw error;
  const message =
    error.status === 404
      ? t('problems:import.record_not_allowed')
      : t(`problems:${error.code}.detail`, error.params);
  return [{ line, id: record.id, field: error.status === 404 ? 'case' : '', message }];
}
