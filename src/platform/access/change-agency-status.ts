import type { Kysely, Transaction } from 'kysely';
import type { AgencyDetails } from '../../contracts/agencies.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Schema } from '../db/schema.ts';
import { type Actor, withActor } from '../db/with-actor.ts';
import { notFound, ProblemError } from '../http/problem.ts';
import { requireVersion } from '../http/versioning.ts';
import { agencyDetails } from './agency-details.ts';
import { type AgencyStatusChange, statusAfter, statusChangeRefusal, statusOf } from './agency-status.ts';

/**
 * Suspends or reinstates an institution, for the platform's administrators, with a written reason,
 * against the version the administrator saw. A suspension ends every session of its people in the same
 * transaction (the database does it too, and refuses new ones); a reinstatement lets them sign in again
 * but revives no session. Its records stay where they are. Kept in its history and audited.
 */
export async function changeAgencyStatus(
  db: Kysely<Schema>,
  actor: Actor,
  agencyId: string,
  change: AgencyStatusChange,
  request: { reason: string; expectedVersion: number },
): Promise<AgencyDetails> {
  return withActor(db, actor, async (trx) => {
    const agency = await lockAgency(trx, agencyId);
    if (!agency) throw notFound();
    requireVersion(agency.version, request.expectedVersion);
    const refusal = statusChangeRefusal({ code: agency.code, status: statusOf(agency.disabled_at) }, change);
    if (refusal) throw new ProblemError(409, refusal, { agency: agency.code });
    const version = agency.version + 1;
    const endedSessions = change === 'suspend' ? await endSessionsOfAgency(trx, agencyId) : 0;
    await trx
      .updateTable('agencies')
      .set({ disabled_at: change === 'suspend' ? new Date() : null, version })
      .where('id', '=', agencyId)
      .execute();
    await trx
      .insertInto('agency_status_changes')
      .values({ agency_id: agencyId, version, status: statusAfter(change), reason: request.reason })
      .execute();
    await recordAudit(trx, {
      action: `agency.${change}`,
      recordType: 'agency',
      recordId: agencyId,
      reason: request.reason,
      details: { version, endedSessions },
    });
    return (await agencyDetails(trx, agencyId))!;
  });
}

/** Two administrators acting on one institution at once: the second waits, then sees the new version. */
const lockAgency = (trx: Transaction<Schema>, agencyId: string) =>
  trx
    .selectFrom('agencies')
    .select(['code', 'version', 'disabled_at'])
    .where('id', '=', agencyId)
    .forUpdate()
    .executeTakeFirst();

async function endSessionsOfAgency(trx: Transaction<Schema>, agencyId: string): Promise<number> {
  const ended = await trx
    .updateTable('sessions')
    .set({ revoked_at: new Date() })
    .where('revoked_at', 'is', null)
    .where('user_id', 'in', (users) =>
      users.selectFrom('users').select('id').where('agency_id', '=', agencyId),
    )
    .executeTakeFirst();
  return Number(ended.numUpdatedRows);
}
