import type { Transaction } from 'kysely';
import type { Schema } from '../../platform/db/schema.ts';
import { notFound } from '../../platform/http/problem.ts';
import type { CaseCaller } from '../cases/case-actor.ts';

/**
 * Who computes the country's figures: statisticians, and supervisors of the interagency commission.
 * Both receive every case only as aggregates. Anyone else: not found (the database's
 * enlace_actor_computes_national_statistics repeats the rule and hands them no rows).
 */
export async function computesNationalFigures(
  trx: Transaction<Schema>,
  caller: CaseCaller,
): Promise<boolean> {
  if (caller.roles.includes('statistician')) return true;
  if (!caller.roles.includes('supervisor')) return false;
  const agency = await trx
    .selectFrom('agencies')
    .select('agency_type')
    .where('id', '=', caller.agencyId)
    .executeTakeFirst();
  return agency?.agency_type === 'interagency_commission';
}

export async function requireNationalFigures(trx: Transaction<Schema>, caller: CaseCaller): Promise<void> {
  if (!(await computesNationalFigures(trx, caller))) throw notFound();
}
