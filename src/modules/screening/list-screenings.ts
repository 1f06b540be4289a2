import type { Kysely } from 'kysely';
import { requireCaseAccess } from '../../platform/access/require-case-access.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { accessFacts, findCase } from '../cases/store.ts';
import type { ScreeningResult } from './contract.ts';

export async function listScreenings(db: Kysely<Schema>, caller: CaseCaller, caseId: string) {
  return withActor(db, caller, async (trx) => {
    const row = await findCase(trx, caseId);
    requireCaseAccess(caller, row && (await accessFacts(trx, row, caller.userId)), 'case.read');
    const rows = await trx
      .selectFrom('screenings')
      .selectAll()
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
      })),
    };
  });
}
