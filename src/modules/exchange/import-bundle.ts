import { randomBytes, randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { mayOnCase } from '../../platform/access/case-access.ts';
import type { KeyRing } from '../../platform/crypto/key-ring.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { ProblemError } from '../../platform/http/problem.ts';
import type { Translate } from '../../platform/i18n/translate.ts';
import { authorizeCase } from '../cases/authorize-case.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { refuseStatusChange } from '../cases/status-change.ts';
import { type KnownIds, planRecordLines, writeRecordLines } from './import-record-lines.ts';
import { ImportRejected } from './import-rejected.ts';
import { agencyIdsByCode, importedIds, takenReferences } from './import-store.ts';
import {
  outsideCaseIds,
  type ParsedBundle,
  type ReadBundle,
  type Reject,
  readBundle,
  rejectUnknownCases,
} from './read-bundle.ts';
import { type ImportPlan, writeImport } from './write-import.ts';

export type ImportSummary = {
  created: { cases: number; people: number; records: number };
  unchanged: { cases: number; people: number; records: number };
};

/**
 * Imports a bundle as the caller, all or nothing: every line is validated and every reference resolved
 * before the first write; any reject and nothing is written. Lines imported before (same agency, same
 * external id) are left as they are, so a file can be imported twice without creating duplicates.
 */
export function importBundle(
  deps: { db: Kysely<Schema>; keyRing: KeyRing },
  caller: CaseCaller,
  text: string,
  t: Translate,
): Promise<ImportSummary> {
  return importRead(deps, caller, (text) => readBundle(text, t), text, t);
}

/** The import of any file format: `read` turns the file into bundle records and rejects. */
export async function importRead(
  deps: { db: Kysely<Schema>; keyRing: KeyRing },
  caller: CaseCaller,
  read: (text: string) => ReadBundle,
  text: string,
  t: Translate,
): Promise<ImportSummary> {
  if (!mayOnCase(caller.roles, 'owner', 'case.update')) throw new ProblemError(403, 'import_not_allowed');
  const { bundle, rejects, fieldName } = read(text);
  return withActor(deps.db, caller, async (trx) => {
    const planned: Reject[] = [];
    const { plan, known } = await planImport(trx, caller, bundle, t, planned);
    const recordPlan = await planRecordLines(trx, caller, bundle.records, known, t, planned);
    // Rejects found against the database name fields as the file does (a CSV's columns).
    const inFileTerms = (reject: Reject): Reject => {
      const field = fieldName?.(reject.line, reject.field) ?? reject.field;
      const message = reject.field ? reject.message.replace(`${reject.field}:`, `${field}:`) : reject.message;
      return { ...reject, field, message };
    };
    rejects.push(...planned.map(inFileTerms));
    if (rejects.length > 0) throw new ImportRejected(rejects.sort((a, b) => a.line - b.line));
    await writeImport(trx, deps.keyRing, caller, plan);
    const refused = await writeRecordLines({ trx, caller, keyRing: deps.keyRing }, recordPlan, t);
    // Thrown inside the transaction: everything written above is rolled back with it.
    if (refused.length > 0)
      throw new ImportRejected(refused.map(inFileTerms).sort((a, b) => a.line - b.line));
    return {
      created: {
        cases: plan.newCases.length,
        people: plan.newPeople.length,
        records: recordPlan.newLines.length,
      },
      unchanged: {
        cases: bundle.cases.length - plan.newCases.length,
        people: bundle.people.length - plan.newPeople.length,
        records: recordPlan.unchanged,
      },
    };
  });
}

/** Resolves what the file names against the database, adding rejects; decides what is new. */
async function planImport(
  trx: Transaction<Schema>,
  caller: CaseCaller,
  bundle: ParsedBundle,
  t: Translate,
  rejects: Reject[],
): Promise<{ plan: ImportPlan; known: KnownIds }> {
  const knownCases = await importedIds(trx, caller.agencyId, 'case', [
    ...bundle.cases.map(({ record }) => record.id),
    ...outsideCaseIds(bundle),
  ]);
  rejects.push(...rejectUnknownCases(bundle, new Set(knownCases.keys()), t));
  const knownPeople = await importedIds(
    trx,
    caller.agencyId,
    'person',
    bundle.people.map(({ record }) => record.id),
  );
  const newCases = bundle.cases
    .filter(({ record }) => !knownCases.has(record.id))
    .map((entry) => ({
      ...entry,
      caseId: randomUUID(),
      reference: entry.record.reference ?? newReference(entry.record.openedOn),
    }));
  const taken = await takenReferences(
    trx,
    newCases.map(({ reference }) => reference),
  );
  for (const { line, record, reference } of newCases) {
    if (taken.has(reference))
      rejects.push({
        line,
        id: record.id,
        field: 'reference',
        message: t('problems:import.reference_taken'),
      });
    const refusal = refuseStatusChange('identification', record.status, caller.roles, 'import');
    if (refusal)
      rejects.push({ line, id: record.id, field: 'status', message: t(`problems:${refusal}.detail`) });
  }
  const caseIdOf = new Map([
    ...[...knownCases].map(([externalId, known]) => [externalId, known.caseId] as const),
    ...newCases.map(({ record, caseId }) => [record.id, caseId] as const),
  ]);
  const officials = await agencyIdsByCode(trx, [
    ...new Set(
      bundle.people.flatMap(({ record }) => (record.officialAgencyCode ? [record.officialAgencyCode] : [])),
    ),
  ]);
  const newPeople = bundle.people
    .filter(({ record }) => !knownPeople.has(record.id))
    .map((entry) => ({
      ...entry,
      personId: randomUUID(),
      caseId: caseIdOf.get(entry.record.case) ?? '',
      officialAgencyId: entry.record.officialAgencyCode
        ? (officials.get(entry.record.officialAgencyCode) ?? null)
        : null,
    }));
  for (const { line, record, officialAgencyId } of newPeople) {
    if (record.officialAgencyCode && !officialAgencyId) {
      rejects.push({
        line,
        id: record.id,
        field: 'officialAgencyCode',
        message: t('problems:unknown_agency.detail', { agency: record.officialAgencyCode }),
      });
    }
  }
  await rejectCasesNotWritable(
    trx,
    caller,
    newPeople,
    new Set(newCases.map(({ caseId }) => caseId)),
    t,
    rejects,
  );
  const known: KnownIds = new Map([
    ['case', caseIdOf],
    [
      'person',
      new Map([
        ...[...knownPeople].map(([externalId, { recordId }]) => [externalId, recordId] as const),
        ...newPeople.map(({ record, personId }) => [record.id, personId] as const),
      ]),
    ],
  ]);
  return { plan: { newCases, newPeople }, known };
}

/** People added to a case imported before need the right to change that case today. */
async function rejectCasesNotWritable(
  trx: Transaction<Schema>,
  caller: CaseCaller,
  people: ImportPlan['newPeople'],
  casesInFile: ReadonlySet<string>,
  t: Translate,
  rejects: Reject[],
): Promise<void> {
  const earlier = [...new Set(people.map(({ caseId }) => caseId))].filter((id) => id && !casesInFile.has(id));
  const writable = new Set<string>();
  for (const caseId of earlier) {
    if (await mayUpdateCase(trx, caller, caseId)) writable.add(caseId);
  }
  for (const { line, record, caseId } of people) {
    if (caseId && !casesInFile.has(caseId) && !writable.has(caseId)) {
      rejects.push({ line, id: record.id, field: 'case', message: t('problems:import.unknown_case') });
    }
  }
}

async function mayUpdateCase(trx: Transaction<Schema>, caller: CaseCaller, caseId: string): Promise<boolean> {
  try {
    await authorizeCase(trx, caller, caseId, 'case.update');
    return true;
  } catch (error) {
    if (error instanceof ProblemError && error.status === 404) return false;
    throw error;
  }
}

const newReference = (openedOn: string) =>
  `ENL-${openedOn.slice(0, 4)}-${randomBytes(5).toString('hex').toUpperCase()}`;
