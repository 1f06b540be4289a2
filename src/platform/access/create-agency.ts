import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import { type NewAgency, newAgency } from '../../contracts/agencies.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Schema } from '../db/schema.ts';
import { type Actor, SYSTEM_ACTOR, withActor } from '../db/with-actor.ts';
import { ProblemError } from '../http/problem.ts';

/** Registers an institution, audited; its code is its stable identity across imports and exports. */
export async function createAgency(
  db: Kysely<Schema>,
  input: NewAgency,
  actor: Actor = SYSTEM_ACTOR,
): Promise<{ id: string }> {
  const agency = newAgency.parse(input);
  return withActor(db, actor, async (trx) => {
    const created = await insertAgency(trx, agency);
    if (!created) throw new ProblemError(409, 'agency_code_taken', { code: agency.code });
    await recordAudit(trx, { action: 'agency.create', recordType: 'agency', recordId: created.id });
    return created;
  });
}

const insertAgency = (trx: Transaction<Schema>, agency: z.infer<typeof newAgency>) =>
  trx
    .insertInto('agencies')
    .values({
      code: agency.code,
      name: agency.name,
      agency_type: agency.agencyType,
      sector: agency.sector,
      jurisdiction_level: agency.jurisdictionLevel,
      state_code: agency.stateCode ?? null,
      municipality: agency.municipality ?? null,
      country_code: agency.countryCode ?? null,
    })
    .onConflict((conflict) => conflict.column('code').doNothing())
    .returning(['id'])
    .executeTakeFirst();
