import type { Kysely } from 'kysely';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { authorizeCase } from '../cases/authorize-case.ts';
import type { CaseCaller } from '../cases/case-actor.ts';

/** Each person's current identification status: decisions are kept, the latest one counts. */
export async function listIdentification(db: Kysely<Schema>, caller: CaseCaller, caseId: string) {
  return withActor(db, caller, async (trx) => {
    await authorizeCase(trx, caller, caseId, 'case.read');
    const rows = await trx
      .selectFrom('identification_decisions as d')
      .innerJoin('users as u', 'u.id', 'd.decided_by')
      .innerJoin('agencies as a', 'a.id', 'd.decided_by_agency_id')
      .distinctOn('d.person_id')
      .select(['d.person_id', 'd.status', 'd.decided_at', 'u.display_name', 'a.code'])
      .where('d.case_id', '=', caseId)
      .orderBy('d.person_id')
      .orderBy('d.decided_at', 'desc')
      .execute();
    return {
      items: rows.map((row) => ({
        personId: row.person_id,
        status: row.status,
        decidedAt: row.decided_at.toISOString(),
        decidedBy: { displayName: row.display_name, agencyCode: row.code },
      })),
    };
  });
}
