import { type Selectable, sql, type Transaction } from 'kysely';
import type { Schema } from '../../platform/db/schema.ts';
import { notFound } from '../../platform/http/problem.ts';
import { optionalDateText } from '../case-records/record-sql.ts';
import type { StateCode } from '../catalog/states.ts';
import type { ProviderView, ServiceView } from './directory-contract.ts';
import type { ProviderServicesTable } from './schema.ts';
import type { ServiceType } from './vocabulary.ts';

type Trx = Transaction<Schema>;
export type ServiceRow = Selectable<ProviderServicesTable>;

export const serviceView = (row: ServiceRow): ServiceView => ({
  id: row.id,
  providerId: row.provider_id,
  version: row.version,
  serviceType: row.service_type,
  name: row.name,
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
  maxStayDays: row.max_stay_days,
  mayLeaveUnaccompanied: row.may_leave_unaccompanied,
  states: row.states,
  municipalities: row.municipalities,
  capacity: row.capacity,
  occupancy: row.occupancy,
  cost: row.cost,
  contact: row.contact,
  active: row.active,
});

/** The service's columns from its request fields, for inserts and updates alike. */
export const serviceColumns = (service: Partial<Omit<ServiceView, 'id' | 'providerId' | 'version'>>) => {
  const columns = {
    service_type: service.serviceType,
    name: service.name,
    sexes: service.sexes && [...service.sexes],
    genders: service.genders && [...service.genders],
    min_age: service.minAge,
    max_age: service.maxAge,
    exploitation_forms: service.exploitationForms && [...service.exploitationForms],
    nationalities: service.nationalities && [...service.nationalities],
    languages: service.languages && [...service.languages],
    disability_access: service.disabilityAccess,
    accepts_children: service.acceptsChildren,
    security_level: service.securityLevel,
    max_stay_days: service.maxStayDays,
    may_leave_unaccompanied: service.mayLeaveUnaccompanied,
    states: service.states && [...service.states],
    municipalities: service.municipalities && [...service.municipalities],
    capacity: service.capacity,
    occupancy: service.occupancy,
    cost: service.cost,
    contact: service.contact,
    active: service.active,
  };
  return Object.fromEntries(Object.entries(columns).filter(([, value]) => value !== undefined));
};

const providersQuery = (trx: Trx) =>
  trx
    .selectFrom('service_providers as p')
    .innerJoin('agencies as a', 'a.id', 'p.agency_id')
    .select([
      'p.id',
      'p.version',
      'p.monitoring_status',
      'p.contact',
      'a.id as agencyId',
      'a.code',
      'a.name',
      'a.agency_type',
      'a.sector',
      'a.state_code',
    ])
    .select(optionalDateText('p.monitored_on').as('monitored_on'))
    .where('a.disabled_at', 'is', null);

/** The directory, optionally narrowed to services covering a state or of one type; providers by name. */
export async function loadDirectory(
  trx: Trx,
  filter: { state?: StateCode | undefined; serviceType?: ServiceType | undefined; providerId?: string },
): Promise<ProviderView[]> {
  let providers = providersQuery(trx).orderBy('a.name').orderBy('p.id');
  if (filter.providerId) providers = providers.where('p.id', '=', filter.providerId);
  const rows = await providers.execute();
  let services = trx.selectFrom('provider_services').selectAll().orderBy('name').orderBy('id');
  if (filter.providerId) services = services.where('provider_id', '=', filter.providerId);
  if (filter.serviceType) services = services.where('service_type', '=', filter.serviceType);
  if (filter.state) services = services.where(sql<boolean>`${filter.state} = ANY (states)`);
  const byProvider = new Map<string, ServiceRow[]>();
  for (const service of await services.execute())
    byProvider.set(service.provider_id, [...(byProvider.get(service.provider_id) ?? []), service]);
  const narrowed = filter.state !== undefined || filter.serviceType !== undefined;
  return rows
    .filter((row) => !narrowed || byProvider.has(row.id))
    .map((row) => ({
      id: row.id,
      version: row.version,
      agency: {
        id: row.agencyId,
        code: row.code,
        name: row.name,
        type: row.agency_type,
        sector: row.sector,
        stateCode: row.state_code,
      },
      monitoringStatus: row.monitoring_status,
      monitoredOn: row.monitored_on,
      contact: row.contact,
      services: (byProvider.get(row.id) ?? []).map(serviceView),
    }));
}

export async function oneProvider(trx: Trx, providerId: string): Promise<ProviderView> {
  const [provider] = await loadDirectory(trx, { providerId });
  if (!provider) throw notFound();
  return provider;
}

export const providerOfAgency = (trx: Trx, agencyId: string) =>
  trx.selectFrom('service_providers').select('id').where('agency_id', '=', agencyId).executeTakeFirst();
