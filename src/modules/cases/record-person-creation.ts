import type { Transaction } from 'kysely';
import type { Schema } from '../../platform/db/schema.ts';
import { creationChanges } from '../history/field-changes.ts';
import { recordChange } from '../history/record-change.ts';
import type { AddPersonRequest } from './people-contract.ts';
import { PERSON_HISTORY, personFieldGroup } from './person-history.ts';
import type { PersonRows } from './person-rows.ts';

/** A new person's first history entry: clear values shown, what identifies or locates them only named. */
export async function recordPersonCreation(
  trx: Transaction<Schema>,
  caseId: string,
  person: PersonRows['person'],
  input: AddPersonRequest,
): Promise<void> {
  const changes = creationChanges(PERSON_HISTORY, {
    role: person.role,
    sex: person.sex,
    gender: person.gender,
    birthYear: person.birth_year,
    birthDatePrecision: person.birth_date_precision,
    nationality: person.nationality,
    indigenousLanguage: person.indigenous_language,
    hasDisability: person.has_disability,
    disabilities: person.disabilities.length > 0 ? person.disabilities : null,
    publicOfficial: person.public_official || null,
    needs: person.needs.length > 0 ? person.needs : null,
    ...input.identity,
    documents: input.documents.length > 0 ? input.documents : undefined,
    contacts: input.contacts.length > 0 ? input.contacts : undefined,
  });
  await recordChange(trx, {
    caseId,
    recordType: 'person',
    recordId: person.id,
    version: 1,
    kind: 'created',
    fieldGroup: personFieldGroup(changes, 'created'),
    changes,
  });
}
