import type { NewAgency } from '../../contracts/agencies.ts';
import { createAgency } from '../../platform/access/create-agency.ts';
import type { Database } from '../../platform/db/database.ts';
import { ProblemError } from '../../platform/http/problem.ts';
import { serviceRequest } from '../referrals/directory-contract.ts';
import { DEMO_PROVIDER_AGENCIES, DEMO_PROVIDERS, type DemoProvider } from './demo-directory.ts';

/**
 * Fills the service directory for `npm start` so that matching and referrals have somewhere to go.
 * Written on the owner's connection, as the operator seeding reference data: the demo has no
 * supervisor accounts at the providers nor at the commission to do it through the API. Idempotent:
 * a provider already in the directory is left as it is. Services are validated by the API's contract.
 */
export const loadDemoDirectory = (database: Database): Promise<number> =>
  loadProviders(database, DEMO_PROVIDER_AGENCIES, DEMO_PROVIDERS);

/** The providers (and their institutions when missing) of a demo directory; see loadDemoDirectory. */
export async function loadProviders(
  database: Database,
  agencies: readonly NewAgency[],
  providers: readonly DemoProvider[],
): Promise<number> {
  for (const agency of agencies)
    await createAgency(database.db, agency).catch((error) => {
      if (!(error instanceof ProblemError && error.code === 'agency_code_taken')) throw error;
    });
  let loaded = 0;
  for (const provider of providers) {
    const inserted = await database.owner.query<{ id: string }>(
      `INSERT INTO service_providers (agency_id, monitoring_status, monitored_on, contact)
       SELECT id, $2, $3, $4 FROM agencies WHERE code = $1
       ON CONFLICT (agency_id) DO NOTHING RETURNING id`,
      [provider.agency, provider.monitoring, provider.monitoredOn, provider.contact],
    );
    const providerId = inserted.rows[0]?.id;
    if (!providerId) continue;
    for (const demo of provider.services) {
      const service = serviceRequest.parse(demo);
      await database.owner.query(
        `INSERT INTO provider_services (provider_id, service_type, name, sexes, genders, min_age, max_age,
           exploitation_forms, nationalities, languages, disability_access, accepts_children, security_level,
           max_stay_days, may_leave_unaccompanied, states, municipalities, capacity, occupancy, cost, contact, active)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)`,
        [
          providerId,
          service.serviceType,
          service.name,
          service.sexes,
          service.genders,
          service.minAge,
          service.maxAge,
          service.exploitationForms,
          service.nationalities,
          service.languages,
          service.disabilityAccess,
          service.acceptsChildren,
          service.securityLevel,
          service.maxStayDays,
          service.mayLeaveUnaccompanied,
          service.states,
          service.municipalities,
          service.capacity,
          service.occupancy,
          service.cost,
          service.contact,
          service.active,
        ],
      );
    }
    loaded++;
  }
  return loaded;
}
