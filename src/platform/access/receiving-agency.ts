import type { Transaction } from 'kysely';
import type { Schema } from '../db/schema.ts';
import { ProblemError } from '../http/problem.ts';

/** 409 naming the suspended institution the sender tried to reach. */
export const agencySuspended = (code: string) => new ProblemError(409, 'agency_suspended', { agency: code });

/**
 * The institution a case is shared with or handed to, by code: undefined when there is none, 409 when
 * it is suspended. The row stays locked until the act commits, so a suspension decided meanwhile waits
 * for it instead of letting a share slip in after it.
 */
export async function receivingAgency(trx: Transaction<Schema>, code: string) {
  const agency = await trx
    .selectFrom('agencies')
    .select(['id', 'code', 'agency_type as agencyType', 'disabled_at'])
    .where('code', '=', code)
    .forShare()
    .executeTakeFirst();
  if (agency?.disabled_at) throw agencySuspended(agency.code);
  return agency && { id: agency.id, code: agency.code, agencyType: agency.agencyType };
}

/** The same check for an institution known by id (a referral's provider), with the same lock. */
export async function requireAgencyActive(trx: Transaction<Schema>, agencyId: string): Promise<void> {
  const agency = await trx
    .selectFrom('agencies')
    .select(['code', 'disabled_at'])
    .where('id', '=', agencyId)
    .forShare()
    .executeTakeFirstOrThrow();
  if (agency.disabled_at) throw agencySuspended(agency.code);
}
