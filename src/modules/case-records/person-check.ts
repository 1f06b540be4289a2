import type { PersonRole } from '../cases/schema.ts';
import { type FieldIssue, issue } from './field-issues.ts';
import type { RecordScope } from './record-kind.ts';

/**
 * Whether `personId` names a person of this case in one of `roles`; `key` says what the record
 * expected (a charge names a suspect, testimony a survivor).
 */
export async function personIssues(
  { trx, caseId }: RecordScope,
  personId: string,
  roles: readonly PersonRole[],
  key: string,
): Promise<FieldIssue[]> {
  const person = await trx
    .selectFrom('people')
    .select('role')
    .where('id', '=', personId)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  if (!person) return [issue('personId', 'person_not_in_case')];
  return roles.includes(person.role) ? [] : [issue('personId', key)];
}
