import { beforeAll, describe, expect, it } from 'vitest';
import { withActor } from '../../src/platform/db/with-actor.ts';
import { openAccessBed } from '../support/access-bed.ts';
import { ifMatch, refusedField } from '../support/case-records.ts';
import { commissionSupervisor } from '../support/referrals.ts';
import { agency } from '../support/sessions.ts';

/**
 * The service directory: a provider keeps its own entry and services, oversight bodies set monitoring,
 * eligibility that contradicts itself is refused with nothing stored, and edits are versioned.
 */
const bed = openAccessBed();
type Client = Awaited<ReturnType<typeof bed.signedIn>>;
let shelterId: string;
let editor: Client;
let providerId: string;

const shelterService = {
  serviceType: 'shelter',
  name: 'Casa de medio camino',
  sexes: ['male'],
  minAge: 18,
  maxAge: 65,
  exploitationForms: ['forced_labour', 'labour_exploitation'],
  languages: ['es', 'tzotzil'],
  securityLevel: 'standard',
  maxStayDays: 90,
  mayLeaveUnaccompanied: true,
  states: ['CHP', 'TAB'],
  capacity: 12,
  occupancy: 3,
};

const countServices = async () =>
  Number((await bed.database.owner.query('SELECT count(*) AS n FROM provider_services')).rows[0].n);

beforeAll(async () => {
  shelterId = await agency(bed.database, 'CASA-HOMBRES', {
    type: 'shelter',
    level: 'state',
    state: 'CHP',
    sector: 'religious',
  });
  editor = await bed.signedIn(shelterId, ['supervisor']);
  const registered = await editor.call('POST', '/api/v1/service-providers', { contact: 'Recepción 24 h' });
  expect(registered.status).toBe(201);
  providerId = registered.body.id;
});

describe('providers', () => {
  it('start unmonitored, once per agency, and only for institutions that deliver services', async () => {
    const entry = await editor.call('GET', '/api/v1/service-directory');
    expect(entry.body.items).toEqual([
      expect.objectContaining({ id: providerId, monitoringStatus: 'unmonitored', monitoredOn: null }),
    ]);
    expect((await editor.call('POST', '/api/v1/service-providers', {})).body.code).toBe('provider_exists');
    const prosecutor = await bed.signedIn(bed.agencies.puebla, ['supervisor']);
    const refused = await prosecutor.call('POST', '/api/v1/service-providers', {});
    expect([refused.status, refused.body.code]).toEqual([400, 'agency_not_provider']);
    const staff = await bed.signedIn(shelterId, ['shelter_staff']);
    expect(
      (await staff.call('POST', `/api/v1/service-providers/${providerId}/services`, shelterService)).status,
    ).toBe(403);
  });

  it('are monitored by oversight bodies only, with the version they read', async () => {
    const own = await editor.call(
      'POST',
      `/api/v1/service-providers/${providerId}/monitoring`,
      { status: 'accredited', monitoredOn: '2026-01-05' },
      ifMatch(1),
    );
    expect([own.status, own.body.code]).toEqual([403, 'monitoring_forbidden']);
    const commission = await commissionSupervisor(bed);
    const path = `/api/v1/service-providers/${providerId}/monitoring`;
    expect(
      (await commission.call('POST', path, { status: 'visited', monitoredOn: '2026-01-05' })).status,
    ).toBe(428);
    const visited = await commission.call(
      'POST',
      path,
      { status: 'visited', monitoredOn: '2026-01-05' },
      ifMatch(1),
    );
    expect([visited.status, visited.body.monitoringStatus, visited.headers.get('etag')]).toEqual([
      200,
      'visited',
      '"2"',
    ]);
    const stale = await commission.call(
      'POST',
      path,
      { status: 'suspended', monitoredOn: '2026-01-06' },
      ifMatch(1),
    );
    expect(stale.status).toBe(412);
  });

  it('cannot set their own monitoring even through a query the application got wrong', async () => {
    const attempt = withActor(
      bed.database.db,
      { userId: editor.userId, agencyId: shelterId, roles: ['supervisor'] },
      (trx) =>
        trx
          .updateTable('service_providers')
          .set({ monitoring_status: 'accredited' })
          .where('id', '=', providerId)
          .execute(),
    );
    await expect(attempt).rejects.toMatchObject({ code: '42501' });
  });
});

describe('services', () => {
  it('are added with eligibility, coverage and capacity, and listed by state and type', async () => {
    const added = await editor.call(
      'POST',
      `/api/v1/service-providers/${providerId}/services`,
      shelterService,
    );
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      ...shelterService,
      genders: [],
      cost: 'free',
      active: true,
      version: 1,
    });
    const inTabasco = await editor.call('GET', '/api/v1/service-directory?state=TAB&serviceType=shelter');
    expect(inTabasco.body.items.map((item: { id: string }) => item.id)).toEqual([providerId]);
    const inYucatan = await editor.call('GET', '/api/v1/service-directory?state=YUC');
    expect(inYucatan.body.items).toEqual([]);
  });

  it.each([
    ['an age range upside down', { minAge: 40, maxAge: 18 }, 'maxAge'],
    ['a capacity below zero', { capacity: -1 }, 'capacity'],
    ['more housed than places', { capacity: 2, occupancy: 3 }, 'occupancy'],
    [
      'shelter rules on legal advice',
      { serviceType: 'legal', maxStayDays: 30, securityLevel: null, mayLeaveUnaccompanied: null },
      'maxStayDays',
    ],
    ['no state covered', { states: [] }, 'states'],
    ['an unknown form of exploitation', { exploitationForms: ['smuggling'] }, 'exploitationForms.0'],
  ])('refuse %s, storing nothing', async (_name, change, path) => {
    const before = await countServices();
    const refused = refusedField(
      await editor.call('POST', `/api/v1/service-providers/${providerId}/services`, {
        ...shelterService,
        ...change,
      }),
    );
    expect(refused.path).toBe(path);
    expect(await countServices()).toBe(before);
  });

  it('belong to their provider: another provider may not add or change them', async () => {
    const otherId = await agency(bed.database, 'OTRO-REFUGIO', {
      type: 'shelter',
      level: 'state',
      state: 'CHP',
      sector: 'ngo',
    });
    const other = await bed.signedIn(otherId, ['supervisor']);
    const added = await other.call(
      'POST',
      `/api/v1/service-providers/${providerId}/services`,
      shelterService,
    );
    expect([added.status, added.body.code]).toEqual([403, 'directory_not_yours']);
    const [service] = (await editor.call('GET', '/api/v1/service-directory')).body.items[0].services;
    const changed = await other.call(
      'PATCH',
      `/api/v1/services/${service.id}`,
      { occupancy: 4 },
      ifMatch(service.version),
    );
    expect(changed.status).toBe(403);
  });

  it('change with If-Match, checked as the edit would leave them, and audited without values', async () => {
    const [service] = (await editor.call('GET', '/api/v1/service-directory')).body.items[0].services;
    const path = `/api/v1/services/${service.id}`;
    const over = refusedField(await editor.call('PATCH', path, { occupancy: 13 }, ifMatch(service.version)));
    expect(over.path).toBe('occupancy');
    const changed = await editor.call(
      'PATCH',
      path,
      { occupancy: 11, name: 'Casa San José' },
      ifMatch(service.version),
    );
    expect([changed.status, changed.body.occupancy, changed.body.version]).toEqual([
      200,
      11,
      service.version + 1,
    ]);
    expect((await editor.call('PATCH', path, { occupancy: 10 }, ifMatch(service.version))).status).toBe(412);
    const audit = await bed.database.owner.query(
      `SELECT details FROM audit_entries WHERE action = 'directory.service_update' AND record_id = $1`,
      [service.id],
    );
    expect(audit.rows).toEqual([
      { details: { fields: ['name', 'occupancy'], version: service.version + 1 } },
    ]);
  });
});
