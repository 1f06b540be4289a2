import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { notFound } from '../../platform/http/problem.ts';
import { requireVersion } from '../../platform/http/versioning.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { requireMonitor } from './directory-access.ts';
import type { monitoringUpdate } from './directory-contract.ts';
import { oneProvider } from './directory-store.ts';

/**
 * An oversight body records an accreditation, visit, review or suspension (If-Match: the entry's
 * version); each is kept in the provider's monitoring history.
 */
export async function setMonitoring(
  db: Kysely<Schema>,
  caller: CaseCaller,
  providerId: string,
  expected: number,
  input: z.infer<typeof monitoringUpdate>,
) {
  return withActor(db, caller, async (trx) => {
    await requireMonitor(trx, caller);
    const before = await trx
      .selectFrom('service_providers')
      .select(['version', 'monitoring_status'])
      .where('id', '=', providerId)
      .forUpdate()
      .executeTakeFirst();
    if (!before) throw notFound();
    requireVersion(before.version, expected);
    await trx
      .updateTable('service_providers')
      .set({
        monitoring_status: input.status,
        monitored_on: input.monitoredOn,
        version: before.version + 1,
        updated_at: new Date(),
      })
      .where('id', '=', providerId)
      .execute();
    await trx
      .insertInto('provider_monitoring_events')
      .values({ provider_id: providerId, status: input.status, monitored_on: input.monitoredOn })
      .execute();
    await recordAudit(trx, {
      action: 'directory.provider_monitoring',
      recordType: 'service_provider',
      recordId: providerId,
      details: { from: before.monitoring_status, to: input.status, monitoredOn: input.monitoredOn },
    });
    return oneProvider(trx, providerId);
  });
}
