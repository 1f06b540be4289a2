import type { Kysely, Transaction } from 'kysely';
import { z } from 'zod';
import { recordAudit } from '../audit/record-audit.ts';
import type { Schema } from '../db/schema.ts';
import { type Actor, SYSTEM_ACTOR, withActor } from '../db/with-actor.ts';
import { ProblemError } from '../http/problem.ts';
import { AGENCY_SECTORS, AGENCY_TYPES, JURISDICTION_LEVELS } from './agency-types.ts';

export const newAgency = z
  .strictObject({
    code: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9][A-Z0-9-]{1,31}$/),
    name: z.string().trim().min(2).max(200),
    agencyType: z.enum(AGENCY_TYPES),
    sector: z.enum(AGENCY_SECTORS),
    jurisdictionLevel: z.enum(JURISDICTION_LEVELS),
    stateCode: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .optional(),
    municipality: z.string().trim().min(1).max(200).optional(),
    countryCode: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
  })
  .refine((agency) => ['state', 'municipal'].includes(agency.jurisdictionLevel) === !!agency.stateCode, {
    path: ['stateCode'],
    message: 'state and municipal agencies name their state; others do not',
  })
  .refine((agency) => (agency.jurisdictionLevel === 'municipal') === !!agency.municipality, {
    path: ['municipality'],
  })
  .refine((agency) => (agency.jurisdictionLevel === 'abroad') === !!agency.countryCode, {
    path: ['countryCode'],
  });
export type NewAgency = z.input<typeof newAgency>;

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
