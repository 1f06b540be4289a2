import { expect } from 'vitest';
import type { AccessBed } from './access-bed.ts';
import { ifMatch } from './case-records.ts';
import { agency } from './sessions.ts';

type Client = Awaited<ReturnType<AccessBed['signedIn']>>;

let serial = 0;

/** A shelter agency in the directory with one service, monitored as asked by the national commission. */
export async function providerWithService(
  bed: AccessBed,
  options: {
    monitoring?: 'accredited' | 'visited' | 'under_review' | 'suspended' | 'unmonitored';
    service?: Record<string, unknown>;
    type?: string;
  } = {},
) {
  const code = `PRESTADOR-${++serial}`;
  const agencyId = await agency(bed.database, code, {
    type: options.type ?? 'shelter',
    level: 'state',
    state: 'CHP',
    sector: 'ngo',
  });
  const editor = await bed.signedIn(agencyId, ['supervisor']);
  const staff = await bed.signedIn(agencyId, ['shelter_staff']);
  const registered = await editor.call('POST', '/api/v1/service-providers', { contact: 'Mesa de ingreso' });
  expect(registered.status).toBe(201);
  const providerId: string = registered.body.id;
  const added = await editor.call('POST', `/api/v1/service-providers/${providerId}/services`, {
    serviceType: 'shelter',
    name: `Refugio ${serial}`,
    states: ['CHP'],
    capacity: 10,
    occupancy: 2,
    ...options.service,
  });
  expect(added.status).toBe(201);
  const monitoring = options.monitoring ?? 'accredited';
  if (monitoring !== 'unmonitored') {
    const monitored = await (await commissionSupervisor(bed)).call(
      'POST',
      `/api/v1/service-providers/${providerId}/monitoring`,
      { status: monitoring, monitoredOn: '2026-01-15' },
      ifMatch(registered.body.version),
    );
    expect(monitored.status).toBe(200);
  }
  return { code, agencyId, providerId, serviceId: added.body.id as string, editor, staff };
}

let commission: Promise<Client> | undefined;
let commissionBed: AccessBed | undefined;

/** A supervisor of the national commission, which monitors providers (one per test file). */
export function commissionSupervisor(bed: AccessBed): Promise<Client> {
  if (!commission || commissionBed !== bed) {
    commissionBed = bed;
    commission = agency(bed.database, 'CIT', { type: 'interagency_commission', level: 'federal' }).then(
      (id) => bed.signedIn(id, ['supervisor']),
    );
  }
  return commission;
}

/** A consent of `personId` to share with `agencyCode` for services. */
export async function consentToServices(
  session: Client,
  caseId: string,
  personId: string,
  agencyCode: string,
) {
  const given = await session.call('POST', `/api/v1/cases/${caseId}/consents`, {
    personId,
    scopes: ['services'],
    recipientAgencyCodes: [agencyCode],
    givenOn: '2026-01-20',
  });
  expect(given.status).toBe(201);
  return given.body.id as string;
}
