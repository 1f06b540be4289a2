import type { Transaction } from 'kysely';
import type { Schema } from '../../platform/db/schema.ts';
import type { DirectoryService } from './match.ts';
import type { ServiceType } from './vocabulary.ts';

/** Every service of the given types, with its provider's name and monitoring, as matching reads them. */
export async function directoryServices(
  trx: Transaction<Schema>,
  types: readonly ServiceType[],
): Promise<DirectoryService[]> {
  if (types.length === 0) return [];
  const rows = await trx
    .selectFrom('provider_services as s')
    .innerJoin('service_providers as p', 'p.id', 's.provider_id')
    .innerJoin('agencies as a', 'a.id', 'p.agency_id')
    .selectAll('s')
    .select(['a.name as providerName', 'p.monitoring_status as monitoringStatus'])
    .where('s.service_type', 'in', types)
    .where('a.disabled_at', 'is', null)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    providerId: row.provider_id,
    providerName: row.providerName,
    monitoringStatus: row.monitoringStatus,
    serviceType: row.service_type,
    active: row.active,
    sexes: row.sexes,
    genders: row.genders,
    minAge: row.min_age,
    maxAge: row.max_age,
    exploitationForms: row.exploitation_forms,
    nationalities: row.nationalities,
    languages: row.languages,
    disabilityAccess: row.disability_access,
    acceptsChildren: row.accepts_children,
    securityLevel: row.security_level,
    states: row.states,
    municipalities: row.municipalities,
    capacity: row.capacity,
    occupancy: row.occupancy,
  }));
}
