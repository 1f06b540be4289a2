import type { Kysely } from 'kysely';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { notFound } from '../../platform/http/problem.ts';
import { dateText } from '../case-records/record-sql.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import type { MonitoringHistory } from './directory-contract.ts';

/** A provider's monitoring as it was recorded, newest first, with the oversight body that recorded it. */
export async function listMonitoring(
  db: Kysely<Schema>,
  caller: CaseCaller,
  providerId: string,
): Promise<MonitoringHistory> {
  return withActor(db, caller, async (trx) => {
    const provider = await trx
      .selectFrom('service_providers')
      .select('id')
      .where('id', '=', providerId)
      .executeTakeFirst();
    if (!provider) throw notFound();
    const rows = await trx
      .selectFrom('provider_monitoring_events as e')
      .innerJoin('agencies as a', 'a.id', 'e.recorded_by_agency_id')
      .select(['e.status', dateText('e.monitored_on').as('monitoredOn'), 'a.code', 'e.recorded_at'])
      .where('e.provider_id', '=', providerId)
      .orderBy('e.id', 'desc')
      .execute();
    return {
      items: rows.map((row) => ({
        status: row.status,
        monitoredOn: row.monitoredOn,
        recordedBy: row.code,
        recordedAt: row.recorded_at.toISOString(),
      })),
    };
  });
}
