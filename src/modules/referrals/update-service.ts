import type { Kysely } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { notFound } from '../../platform/http/problem.ts';
import { requireVersion, versionConflict } from '../../platform/http/versioning.ts';
import { refuseIssues } from '../case-records/field-issues.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { fieldChanges, type HistorySpec } from '../history/field-changes.ts';
import { requireOwnProvider } from './directory-access.ts';
import type { ServicePatch, ServiceView } from './directory-contract.ts';
import { serviceColumns, serviceView } from './directory-store.ts';
import { serviceIssues } from './service-rules.ts';

type Editable = Exclude<keyof ServiceView, 'id' | 'providerId' | 'version'>;
const SPEC = Object.fromEntries(
  (
    [
      'serviceType',
      'name',
      'sexes',
      'genders',
      'minAge',
      'maxAge',
      'exploitationForms',
      'nationalities',
      'languages',
      'disabilityAccess',
      'acceptsChildren',
      'securityLevel',
      'maxStayDays',
      'mayLeaveUnaccompanied',
      'states',
      'municipalities',
      'capacity',
      'occupancy',
      'cost',
      'contact',
      'active',
    ] as const
  ).map((field) => [field, 'shown']),
) as HistorySpec<Editable>;

/**
 * Changes a service (If-Match: its version). The service the patch would leave is checked as a whole,
 * so that an edit of one bound cannot leave an impossible range or more people housed than places.
 */
export async function updateService(
  db: Kysely<Schema>,
  caller: CaseCaller,
  serviceId: string,
  expected: number,
  patch: ServicePatch,
) {
  return withActor(db, caller, async (trx) => {
    const row = await trx
      .selectFrom('provider_services')
      .selectAll()
      .where('id', '=', serviceId)
      .executeTakeFirst();
    if (!row) throw notFound();
    await requireOwnProvider(trx, caller, row.provider_id);
    requireVersion(row.version, expected);
    const before = serviceView(row);
    const after = {
      ...before,
      ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
    };
    refuseIssues(serviceIssues(after));
    const changes = fieldChanges(SPEC, before, patch);
    const updated = await trx
      .updateTable('provider_services')
      .set({ ...serviceColumns(patch), version: row.version + 1, updated_at: new Date() })
      .where('id', '=', serviceId)
      .where('version', '=', expected)
      .returningAll()
      .executeTakeFirst();
    // Another edit committed between the read and this write.
    if (!updated) throw versionConflict(row.version + 1, expected);
    await recordAudit(trx, {
      action: 'directory.service_update',
      recordType: 'provider_service',
      recordId: serviceId,
      details: { fields: changes.map((change) => change.field), version: updated.version },
    });
    return serviceView(updated);
  });
}
