import type { Kysely } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { requireOwnProvider } from './directory-access.ts';
import type { ServiceRequest } from './directory-contract.ts';
import { serviceColumns, serviceView } from './directory-store.ts';

/** A provider lists one of its services, with whom it serves, where, and how many places it has. */
export async function addService(
  db: Kysely<Schema>,
  caller: CaseCaller,
  providerId: string,
  input: ServiceRequest,
) {
  return withActor(db, caller, async (trx) => {
    await requireOwnProvider(trx, caller, providerId);
    const created = await trx
      .insertInto('provider_services')
      .values({ ...serviceColumns(input), provider_id: providerId } as never)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      action: 'directory.service_add',
      recordType: 'provider_service',
      recordId: created.id,
      details: { providerId, serviceType: created.service_type },
    });
    return serviceView(created);
  });
}
