import type { Kysely } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import { blindIndex } from '../../platform/crypto/blind-index.ts';
import type { KeyRing } from '../../platform/crypto/key-ring.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import type { CaseCaller } from './case-actor.ts';
import { CURP_INDEX } from './person-fields.ts';

/** Exact search by CURP through its keyed blind index, among the cases the caller may see. */
export async function findByCurp(db: Kysely<Schema>, keyRing: KeyRing, caller: CaseCaller, curp: string) {
  const index = blindIndex(keyRing, CURP_INDEX, curp);
  return withActor(db, caller, async (trx) => {
    const rows = await trx
      .selectFrom('person_identities as i')
      .innerJoin('people as p', 'p.id', 'i.person_id')
      .select(['p.id as personId', 'p.case_id as caseId'])
      .where('i.curp_index', '=', index)
      .execute();
    await recordAudit(trx, { action: 'identity.search', details: { by: 'curp', matches: rows.length } });
    return { items: rows };
  });
}
