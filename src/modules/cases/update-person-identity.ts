import type { Kysely, Transaction } from 'kysely';
import { ZodError } from 'zod';
import { mayOnCase } from '../../platform/access/case-access.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { KeyRing } from '../../platform/crypto/key-ring.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { notFound } from '../../platform/http/problem.ts';
import { requireVersion, versionConflict } from '../../platform/http/versioning.ts';
import { fieldChanges } from '../history/field-changes.ts';
import { recordChange } from '../history/record-change.ts';
import { authorizeCase } from './authorize-case.ts';
import { parseBirthDate } from './birth-date.ts';
import type { CaseCaller } from './case-actor.ts';
import { encryptDocuments } from './document-fields.ts';
import type { PersonSummary } from './people-contract.ts';
import { personConflicts } from './person-consistency.ts';
import { encryptContacts, encryptIdentity } from './person-fields.ts';
import { PERSON_HISTORY, personFieldGroup } from './person-history.ts';
import { conflictIssues } from './person-inputs.ts';
import { findPerson, type PersonRow, personVersion } from './person-store.ts';
import type { UpdateIdentityRequest } from './person-update-contract.ts';
import { protectedValues, storedProtectedValues } from './protected-values.ts';
import { personSummary } from './read-person.ts';

/**
 * Replaces who a person is (identity, documents) and where to find them (contact points), at the
 * version the caller read. Needs the rights to read what it replaces: the caller could otherwise learn
 * nothing new, but could still erase what they may not see. History names the fields, never values.
 */
export async function updatePersonIdentity(
  deps: { db: Kysely<Schema>; keyRing: KeyRing },
  caller: CaseCaller,
  target: { caseId: string; personId: string },
  expected: number,
  input: UpdateIdentityRequest,
): Promise<PersonSummary> {
  return withActor(deps.db, caller, async (trx) => {
    const { relation } = await authorizeCase(trx, caller, target.caseId, 'case.update');
    const allowed = mayOnCase(caller.roles, relation, 'identity.read');
    if (!allowed || (input.contacts && !mayOnCase(caller.roles, relation, 'location.read'))) throw notFound();
    const row = await findPerson(trx, target.caseId, target.personId);
    if (!row) throw notFound();
    requireVersion(row.version, expected);
    refuseConflicts(row, input);
    const clear = birthColumns(row, input);
    const changes = fieldChanges(
      PERSON_HISTORY,
      { ...(await storedProtectedValues(trx, deps.keyRing, row.id, input)), ...yearValues(row) },
      { ...protectedValues(input), ...yearValues({ ...row, ...clear }) },
    );
    if (changes.length === 0) return personSummary(trx, caller, relation, target);
    const updated = await trx
      .updateTable('people')
      .set({ ...clear, version: expected + 1 })
      .where('id', '=', row.id)
      .where('version', '=', expected)
      .returning('version')
      .executeTakeFirst();
    if (!updated) throw versionConflict(await personVersion(trx, row.id), expected);
    await replaceRows(trx, deps.keyRing, row.id, input);
    await recordChange(trx, {
      caseId: target.caseId,
      recordType: 'person',
      recordId: row.id,
      version: updated.version,
      kind: 'updated',
      fieldGroup: personFieldGroup(changes, 'updated'),
      changes,
      reason: input.reason,
    });
    await recordAudit(trx, {
      action: 'person.identity_update',
      recordType: 'person',
      recordId: row.id,
      reason: input.reason,
      details: {
        caseId: target.caseId,
        fields: changes.map((change) => change.field),
        version: updated.version,
      },
    });
    return personSummary(trx, caller, relation, target);
  });
}

/** The CURP must agree with the sex recorded and with the new date of birth, or the year in clear. */
function refuseConflicts(row: PersonRow, input: UpdateIdentityRequest): void {
  if (!input.identity) return;
  const birthDate = input.identity.birthDate ? parseBirthDate(input.identity.birthDate) : undefined;
  const conflicts = personConflicts({
    sex: row.sex,
    birthYear: birthDate ? undefined : row.birth_year,
    birthDate,
    curp: input.identity.curp,
  });
  const path = ['identity', 'curp'] as const;
  if (conflicts.length > 0)
    throw new ZodError(
      conflictIssues(conflicts, { curp_birth_date: path, curp_sex: path, birth_year_mismatch: path }),
    );
}

/** The year in clear follows a new date of birth; removing the date leaves the year known alone. */
function birthColumns(row: PersonRow, input: UpdateIdentityRequest) {
  if (!input.identity) return {};
  const date = input.identity.birthDate ? parseBirthDate(input.identity.birthDate) : undefined;
  if (date) return { birth_year: date.year, birth_date_precision: date.precision };
  return { birth_date_precision: row.birth_year === null ? null : ('year' as const) };
}

const yearValues = (row: Pick<PersonRow, 'birth_year' | 'birth_date_precision'>) => ({
  birthYear: row.birth_year,
  birthDatePrecision: row.birth_date_precision,
});

async function replaceRows(
  trx: Transaction<Schema>,
  keyRing: KeyRing,
  personId: string,
  input: UpdateIdentityRequest,
) {
  if (input.identity) {
    const identity = encryptIdentity(keyRing, personId, input.identity);
    await trx
      .insertInto('person_identities')
      .values(identity)
      .onConflict((conflict) => conflict.column('person_id').doUpdateSet(identity))
      .execute();
  }
  if (input.documents) {
    await trx.deleteFrom('person_documents').where('person_id', '=', personId).execute();
    const rows = encryptDocuments(keyRing, personId, input.documents);
    if (rows.length > 0) await trx.insertInto('person_documents').values(rows).execute();
  }
  if (input.contacts) {
    await trx.deleteFrom('person_contacts').where('person_id', '=', personId).execute();
    const rows = encryptContacts(keyRing, personId, input.contacts);
    if (rows.length > 0) await trx.insertInto('person_contacts').values(rows).execute();
  }
}
