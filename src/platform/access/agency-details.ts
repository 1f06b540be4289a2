import type { Transaction } from 'kysely';
import type { AgencyDetails } from '../../contracts/agencies.ts';
import type { Schema } from '../db/schema.ts';
import { statusOf } from './agency-status.ts';
import { AGENCY_SUMMARY_COLUMNS } from './list-agencies.ts';

/**
 * One institution with its suspensions and reinstatements, newest first, inside the caller's
 * transaction (row-level security shows that history to the platform's administrators only).
 */
export async function agencyDetails(
  trx: Transaction<Schema>,
  agencyId: string,
): Promise<AgencyDetails | undefined> {
  const agency = await trx
    .selectFrom('agencies')
    .select([...AGENCY_SUMMARY_COLUMNS, 'disabled_at', 'version'])
    .where('id', '=', agencyId)
    .executeTakeFirst();
  if (!agency) return undefined;
  const changes = await trx
    .selectFrom('agency_status_changes as c')
    .innerJoin('users as u', 'u.id', 'c.changed_by')
    .select(['c.status', 'c.version', 'c.reason', 'u.display_name', 'c.changed_at'])
    .where('c.agency_id', '=', agencyId)
    .orderBy('c.id', 'desc')
    .execute();
  const { disabled_at, ...summary } = agency;
  return {
    ...summary,
    disabled: disabled_at !== null,
    status: statusOf(disabled_at),
    suspendedAt: disabled_at?.toISOString() ?? null,
    statusChanges: changes.map((change) => ({
      status: change.status,
      version: change.version,
      reason: change.reason,
      changedBy: { displayName: change.display_name },
      changedAt: change.changed_at.toISOString(),
    })),
  };
}
