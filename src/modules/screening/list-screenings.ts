import type { Kysely } from 'kysely';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { authorizeCase } from '../cases/authorize-case.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import type { ScreeningResult } from './contract.ts';

export async function listScreenings(db: Kysely<Schema>, caller: CaseCaller, caseId: string) {
  return withActor(db, caller, async (trx) => {
    await authorizeCase(trx, caller, caseId, 'case.read');
    const rows = await trx
      .selectFrom('screenings')
      .innerJoin('users', 'users.id', 'screenings.screened_by')
      .innerJoin('agencies', 'agencies.id', 'users.agency_id')
      .selectAll('screenings')
      .select(['users.display_name', 'agencies.code as agency_code'])
      .where('case_id', '=', caseId)
      .orderBy('screened_at', 'desc')
      .execute();
    return {
      items: rows.map((screening) => ({
        id: screening.id,
        personId: screening.person_id,
        instrument:
          screening.instrument_id && screening.instrument_version
            ? { id: screening.instrument_id, version: screening.instrument_version }
            : null,
        rulesVersion: screening.rules_version,
        result: screening.result as ScreeningResult,
        screenedAt: screening.screened_at.toISOString(),
        screenedBy: { displayName: screening.display_name, agencyCode: screening.agency_code },
      })),
    };
  });
}
