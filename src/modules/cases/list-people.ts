import { type Kysely, sql } from 'kysely';
import { mayOnCase } from '../../platform/access/case-access.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { authorizeCase } from './authorize-case.ts';
import type { CaseCaller } from './case-actor.ts';

/** The people of a case without who they are: identities are revealed one at a time, with a reason. */
export async function listPeople(db: Kysely<Schema>, caller: CaseCaller, caseId: string) {
  return withActor(db, caller, async (trx) => {
    const { relation } = await authorizeCase(trx, caller, caseId, 'case.read');
    const showNeeds = mayOnCase(caller.roles, relation, 'needs.read');
    const people = await trx
      .selectFrom('people')
      .select([
        'id',
        'role',
        'sex',
        'birth_year as birthYear',
        'nationality',
        'indigenous_language as indigenousLanguage',
        'public_official as publicOfficial',
        'needs',
        sql<boolean>`EXISTS (SELECT 1 FROM person_identities i WHERE i.person_id = people.id)`.as(
          'hasIdentity',
        ),
        sql<boolean>`EXISTS (SELECT 1 FROM person_contacts c WHERE c.person_id = people.id)`.as('hasContact'),
      ])
      .where('case_id', '=', caseId)
      .orderBy('created_at')
      .execute();
    await recordAudit(trx, {
      action: 'case.read',
      recordType: 'case',
      recordId: caseId,
      details: { part: 'people' },
    });
    return { items: people.map(({ needs, ...person }) => (showNeeds ? { ...person, needs } : person)) };
  });
}
