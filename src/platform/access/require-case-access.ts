import { notFound } from '../http/problem.ts';
import {
  type CaseAccessFacts,
  type CaseAction,
  type CaseActor,
  caseRelation,
  mayOnCase,
} from './case-access.ts';

/**
 * The first line of every case use-case. A case the caller may not act on does not exist for them:
 * 404, never 403, so its existence leaks nowhere.
 */
export function requireCaseAccess(actor: CaseActor, facts: CaseAccessFacts | undefined, action: CaseAction) {
  if (!facts) throw notFound();
  const relation = caseRelation(actor, facts);
  if (!mayOnCase(actor.roles, relation, action)) throw notFound();
  return relation;
}
