import type { Transaction } from 'kysely';
import type { Schema } from '../../platform/db/schema.ts';
import { invalidField } from '../../platform/http/field-problem.ts';
import type { PersonRole } from './schema.ts';

/**
 * A person named in a request body must be of this case and hold the role the record is about (only a
 * survivor suffers an exploitation; only a suspect plays a role in the crime). Refused as invalid input
 * naming the field; a person of a case the caller cannot see looks like any unknown id.
 */
export async function requirePersonInRole(
  trx: Transaction<Schema>,
  target: { caseId: string; personId: string; role: PersonRole },
  field = 'personId',
): Promise<void> {
  const person = await trx
    .selectFrom('people')
    .select('role')
    .where('id', '=', target.personId)
    .where('case_id', '=', target.caseId)
    .executeTakeFirst();
  if (!person) throw invalidField(field, 'person_not_in_case');
  if (person.role !== target.role) throw invalidField(field, `person_not_${target.role}`);
}
