import type { Transaction } from 'kysely';
import { mayOnCase } from '../../platform/access/case-access.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { notFound } from '../../platform/http/problem.ts';
import { authorizeCase } from '../cases/authorize-case.ts';
import type { CaseCaller } from '../cases/case-actor.ts';

/**
 * Suspect roles are the investigation's: for anyone who may not read it (a shelter, an intake officer,
 * statisticians) they do not exist, 404 like a case out of reach; writing also needs `case.update`.
 */
export async function authorizeSuspectRoles(
  trx: Transaction<Schema>,
  caller: CaseCaller,
  caseId: string,
  intent: 'read' | 'write',
): Promise<void> {
  const { relation } = await authorizeCase(trx, caller, caseId, 'investigation.read');
  if (intent === 'write' && !mayOnCase(caller.roles, relation, 'case.update')) throw notFound();
}
