import type { Kysely, Transaction } from 'kysely';
import { type CaseRelation, mayOnCase } from '../../platform/access/case-access.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { notFound } from '../../platform/http/problem.ts';
import { authorizeCase } from './authorize-case.ts';
import type { CaseCaller } from './case-actor.ts';
import type { PersonSummary } from './people-contract.ts';
import { personSummaryColumns, withNeedsFor } from './person-summary.ts';

/** One person of a case without who they are, with the version a change must name (audited read). */
export async function readPerson(
  db: Kysely<Schema>,
  caller: CaseCaller,
  target: { caseId: string; personId: string },
): Promise<PersonSummary> {
  return withActor(db, caller, async (trx) => {
    const { relation } = await authorizeCase(trx, caller, target.caseId, 'case.read');
    const person = await personSummary(trx, caller, relation, target);
    await recordAudit(trx, {
      action: 'case.read',
      recordType: 'person',
      recordId: target.personId,
      details: { caseId: target.caseId },
    });
    return person;
  });
}

/** The summary as the caller may see it, or 404 for a person of another case. */
export async function personSummary(
  trx: Transaction<Schema>,
  caller: CaseCaller,
  relation: CaseRelation,
  target: { caseId: string; personId: string },
): Promise<PersonSummary> {
  const person = await trx
    .selectFrom('people')
    .select(personSummaryColumns)
    .where('id', '=', target.personId)
    .where('case_id', '=', target.caseId)
    .executeTakeFirst();
  if (!person) throw notFound();
  return withNeedsFor(mayOnCase(caller.roles, relation, 'needs.read'), person);
}
