import { type CaseRelation, type FieldGroup, mayOnCase } from '../../platform/access/case-access.ts';
import { notFound, ProblemError } from '../../platform/http/problem.ts';
import type { CaseCaller } from '../cases/case-actor.ts';

/**
 * Whether the caller may write a record of `group` on a case they relate to as `relation`. A part of
 * the case they may not read does not exist for them (404), nor may they change a case they only
 * follow (404, as for the case itself); a prosecutorial act by someone who may otherwise change the
 * case is refused by name (403), since they already know the case.
 */
export function requireRecordWrite(
  caller: CaseCaller,
  relation: CaseRelation,
  group: FieldGroup | null,
  prosecutorial: boolean,
): void {
  if (group && !mayOnCase(caller.roles, relation, `${group}.read`)) throw notFound();
  if (!mayOnCase(caller.roles, relation, 'case.update')) throw notFound();
  if (prosecutorial && !mayOnCase(caller.roles, relation, 'prosecution.record')) {
    throw new ProblemError(403, 'legal_act_needs_prosecutor');
  }
}

/** Whether the caller may read records of `group` (null: the case summary). */
export const mayReadGroup = (caller: CaseCaller, relation: CaseRelation, group: FieldGroup | null) =>
  group === null
    ? mayOnCase(caller.roles, relation, 'case.read')
    : mayOnCase(caller.roles, relation, `${group}.read`);
