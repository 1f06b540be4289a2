import type { Transaction } from 'kysely';
import type { Schema } from '../../platform/db/schema.ts';
import { notFound } from '../../platform/http/problem.ts';
import type { CaseCaller } from '../cases/case-actor.ts';

/** Statisticians and supervisors of the interagency commission decide what the country publishes. */
export function mayPublishStatistics(
  caller: Pick<CaseCaller, 'roles'>,
  agencyType: string | undefined,
): boolean {
  const role = caller.roles.some((held) => held === 'statistician' || held === 'supervisor');
  return role && agencyType === 'interagency_commission';
}

/** Anyone else finds no release to approve or withdraw: 404, as for anything out of reach. */
export async function requirePublisher(trx: Transaction<Schema>, caller: CaseCaller): Promise<string> {
  const agency = await trx
    .selectFrom('agencies')
    .select(['agency_type', 'name'])
    .where('id', '=', caller.agencyId)
    .executeTakeFirst();
  if (!mayPublishStatistics(caller, agency?.agency_type)) throw notFound();
  return agency!.name;
}
