import type { Kysely } from 'kysely';
import { mayOnCase } from '../../platform/access/case-access.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { authorizeCase } from './authorize-case.ts';
import type { CaseCaller } from './case-actor.ts';
import { personSummaryColumns, withNeedsFor } from './person-summary.ts';

/** The people of a case without who they are: identities are revealed one at a time, with a reason. */
export async function listPeople(db: Kysely<Schema>, caller: CaseCaller, caseId: string) {
  return withActor(db, caller, async (trx) => {
    const { relation } = await authorizeCase(trx, caller, caseId, 'case.read');
    const showNeeds = mayOnCase(caller.roles, relation, 'needs.read');
    const people = await trx
      .selectFrom('people')
      .select(personSummaryColumns)
      .where('case_id', '=', caseId)
      // People imported together share one instant: the id settles their order, and so their numbers.
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    await recordAudit(trx, {
      action: 'case.read',
      recordType: 'case',
      recordId: caseId,
      details: { part: 'people' },
    });
    return { items: people.map((person) => withNeedsFor(showNeeds, person)) };
  });
}
