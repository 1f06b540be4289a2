import type { Transaction } from 'kysely';
import type { CaseAccessFacts, CaseAction, CaseRelation } from '../../platform/access/case-access.ts';
import { requireCaseAccess } from '../../platform/access/require-case-access.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { notFound } from '../../platform/http/problem.ts';
import type { CaseCaller } from './case-actor.ts';
import { type CaseRow, findCaseWithAccessFacts } from './store.ts';

/**
 * The first step of a use-case on a case, inside the caller's transaction: the case as row-level
 * security lets the caller see it, and 404 unless the caller may do `action` to it.
 */
export async function authorizeCase(
  trx: Transaction<Schema>,
  caller: CaseCaller,
  caseId: string,
  action: CaseAction,
): Promise<{ row: CaseRow; relation: CaseRelation }> {
  return authorizeFound(caller, await findCaseWithAccessFacts(trx, caseId, caller.userId), action);
}

/** The application's check on a case row-level security let through (or not): 404 unless allowed. */
export function authorizeFound(
  caller: CaseCaller,
  found: { row: CaseRow; facts: CaseAccessFacts } | undefined,
  action: CaseAction,
): { row: CaseRow; relation: CaseRelation } {
  const relation = requireCaseAccess(caller, found?.facts, action);
  if (!found) throw notFound();
  return { row: found.row, relation };
}

/** A person of that case, or 404: an id from another case never reaches a use-case. */
export async function personOfCase(
  trx: Transaction<Schema>,
  caseId: string,
  personId: string,
): Promise<string> {
  const person = await trx
    .selectFrom('people')
    .select('id')
    .where('id', '=', personId)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  if (!person) throw notFound();
  return person.id;
}
