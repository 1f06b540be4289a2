import type { Kysely, Transaction } from 'kysely';
import { ZodError } from 'zod';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import { decryptField } from '../../platform/crypto/field-encryption.ts';
import type { KeyRing } from '../../platform/crypto/key-ring.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { notFound } from '../../platform/http/problem.ts';
import { requireVersion, versionConflict } from '../../platform/http/versioning.ts';
import { fieldChanges } from '../history/field-changes.ts';
import { recordChange } from '../history/record-change.ts';
import { authorizeCase } from './authorize-case.ts';
import type { CaseCaller } from './case-actor.ts';
import type { PersonSummary } from './people-contract.ts';
import { personConflicts } from './person-consistency.ts';
import { PERSON_HISTORY, personFieldGroup } from './person-history.ts';
import { conflictIssues } from './person-inputs.ts';
import { findIdentity, findPerson, type PersonRow, personVersion } from './person-store.ts';
import type { UpdatePersonRequest } from './person-update-contract.ts';
import { personSummary } from './read-person.ts';

/**
 * Changes what neither identifies nor locates a person, when the caller still holds the version they
 * read. The change goes into the case's history (values shown) and the audit log, in one transaction.
 */
export async function updatePerson(
  deps: { db: Kysely<Schema>; keyRing: KeyRing },
  caller: CaseCaller,
  target: { caseId: string; personId: string },
  expected: number,
  patch: UpdatePersonRequest,
): Promise<PersonSummary> {
  return withActor(deps.db, caller, async (trx) => {
    const { relation } = await authorizeCase(trx, caller, target.caseId, 'case.update');
    const row = await findPerson(trx, target.caseId, target.personId);
    if (!row) throw notFound();
    requireVersion(row.version, expected);
    const next = merged(row, patch);
    await refuseConflicts(trx, deps.keyRing, row, next);
    const changes = fieldChanges(PERSON_HISTORY, historyValues(row), historyValues(next));
    if (changes.length === 0) return personSummary(trx, caller, relation, target);
    const updated = await trx
      .updateTable('people')
      .set({ ...next, version: expected + 1 })
      .where('id', '=', row.id)
      .where('version', '=', expected)
      .returning('version')
      .executeTakeFirst();
    // Another transaction committed a change between our read and our write.
    if (!updated) throw versionConflict(await personVersion(trx, row.id), expected);
    await recordChange(trx, {
      caseId: target.caseId,
      recordType: 'person',
      recordId: row.id,
      version: updated.version,
      kind: 'updated',
      fieldGroup: personFieldGroup(changes, 'updated'),
      changes,
      reason: patch.reason,
    });
    await recordAudit(trx, {
      action: 'person.update',
      recordType: 'person',
      recordId: row.id,
      reason: patch.reason,
      details: {
        caseId: target.caseId,
        fields: changes.map((change) => change.field),
        version: updated.version,
      },
    });
    return personSummary(trx, caller, relation, target);
  });
}

type ClearColumns = Pick<
  PersonRow,
  | 'sex'
  | 'gender'
  | 'birth_year'
  | 'birth_date_precision'
  | 'nationality'
  | 'indigenous_language'
  | 'has_disability'
  | 'disabilities'
  | 'needs'
>;

const pick = <T>(value: T | undefined, stored: T): T => (value === undefined ? stored : value);

/** The clear columns after the patch. Saying there is no disability clears its kinds. */
function merged(row: PersonRow, patch: UpdatePersonRequest): ClearColumns {
  const birthYear = pick(patch.birthYear, row.birth_year);
  const hasDisability =
    patch.hasDisability !== undefined
      ? patch.hasDisability
      : patch.disabilities?.length
        ? true
        : row.has_disability;
  return {
    sex: pick(patch.sex, row.sex),
    gender: pick(patch.gender, row.gender),
    birth_year: birthYear,
    birth_date_precision:
      patch.birthYear === undefined ? row.birth_date_precision : birthYear === null ? null : 'year',
    nationality: pick(patch.nationality, row.nationality),
    indigenous_language: pick(patch.indigenousLanguage, row.indigenous_language),
    has_disability: hasDisability,
    disabilities: hasDisability ? pick(patch.disabilities, row.disabilities) : [],
    needs: pick(patch.needs, row.needs),
  };
}

const historyValues = (columns: ClearColumns) => ({
  sex: columns.sex,
  gender: columns.gender,
  birthYear: columns.birth_year,
  birthDatePrecision: columns.birth_date_precision,
  nationality: columns.nationality,
  indigenousLanguage: columns.indigenous_language,
  hasDisability: columns.has_disability,
  disabilities: columns.disabilities,
  needs: columns.needs,
});

/**
 * A year that the identity's date of birth sets, or a sex or year the CURP contradicts, is refused
 * naming the field of this request. The CURP is read inside the server only; the answer tells no more
 * than the clear sex and year already do.
 */
async function refuseConflicts(
  trx: Transaction<Schema>,
  keyRing: KeyRing,
  row: PersonRow,
  next: ClearColumns,
) {
  if (next.sex === row.sex && next.birth_year === row.birth_year) return;
  const identity = await findIdentity(trx, row.id);
  const yearFromDate = next.birth_year !== row.birth_year && identity?.birth_date != null;
  const curp = identity?.curp
    ? decryptField(keyRing, { table: 'person_identities', column: 'curp', rowId: row.id }, identity.curp)
    : undefined;
  const relevant = personConflicts({ sex: next.sex, birthYear: next.birth_year, curp }).filter((conflict) =>
    conflict === 'curp_sex' ? next.sex !== row.sex : next.birth_year !== row.birth_year,
  );
  const conflicts = [...(yearFromDate ? (['birth_year_from_birth_date'] as const) : []), ...relevant];
  if (conflicts.length === 0) return;
  throw new ZodError(
    conflictIssues(conflicts, {
      birth_year_from_birth_date: ['birthYear'],
      curp_birth_date: ['birthYear'],
      curp_sex: ['sex'],
      birth_year_mismatch: ['birthYear'],
    } as const),
  );
}
