import type { Transaction } from 'kysely';
import type { Schema } from '../../platform/db/schema.ts';
import { ProblemError } from '../../platform/http/problem.ts';
import type { CaseCaller } from '../cases/case-actor.ts';

/**
 * A provider's own supervisors and administrators keep its entry and services; monitoring is set by
 * oversight bodies (the commissions), never by the provider itself. Migration 0017 enforces both again.
 */
export function requireDirectoryEditor(caller: CaseCaller): void {
  if (!caller.roles.some((role) => role === 'supervisor' || role === 'administrator'))
    throw new ProblemError(403, 'directory_editor_required');
}

const MONITORING_AGENCY_TYPES = ['interagency_commission', 'human_rights_commission'];

export async function requireMonitor(trx: Transaction<Schema>, caller: CaseCaller): Promise<void> {
  const agency = await trx
    .selectFrom('agencies')
    .select('agency_type')
    .where('id', '=', caller.agencyId)
    .executeTakeFirst();
  if (!caller.roles.includes('supervisor') || !MONITORING_AGENCY_TYPES.includes(agency?.agency_type ?? ''))
    throw new ProblemError(403, 'monitoring_forbidden');
}

/** The provider entry of the caller's own agency, which it may edit; another's answers 403. */
export async function requireOwnProvider(trx: Transaction<Schema>, caller: CaseCaller, providerId: string) {
  requireDirectoryEditor(caller);
  const provider = await trx
    .selectFrom('service_providers')
    .select(['id', 'agency_id'])
    .where('id', '=', providerId)
    .executeTakeFirst();
  if (!provider) throw new ProblemError(404, 'not_found');
  if (provider.agency_id !== caller.agencyId) throw new ProblemError(403, 'directory_not_yours');
}
