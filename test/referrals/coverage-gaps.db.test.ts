import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { withActor } from '../../src/platform/db/with-actor.ts';
import { openAccessBed } from '../support/access-bed.ts';
import { providerWithService } from '../support/referrals.ts';
import { agency } from '../support/sessions.ts';

/**
 * The coverage-gap report: statisticians get the country's unmet need without any case, person or
 * free text; counts follow the consent-for-statistics policy; anyone else finds nothing.
 */
const bed = openAccessBed();
type Client = Awaited<ReturnType<typeof bed.signedIn>>;
let statistician: Client;
let caseWorker: Client;

const survivor = async (caseId: string, statisticsConsent: boolean) => {
  const added = await caseWorker.call('POST', `/api/v1/cases/${caseId}/people`, {
    role: 'survivor',
    sex: 'male',
    birthYear: 1985,
    indigenousLanguage: 'tzotzil',
    needs: ['shelter'],
  });
  if (statisticsConsent)
    await caseWorker.call('POST', `/api/v1/cases/${caseId}/consents`, {
      personId: added.body.id,
      scopes: ['statistics'],
      givenOn: '2026-01-20',
    });
};

beforeAll(async () => {
  const commission = await agency(bed.database, 'CIT-ESTADISTICA', {
    type: 'interagency_commission',
    level: 'federal',
  });
  statistician = await bed.signedIn(commission, ['statistician']);
  caseWorker = await bed.signedIn(bed.agencies.chiapas, ['case_worker']);
  await providerWithService(bed, { service: { sexes: ['female'] } });
  const caseId = (await caseWorker.call('POST', '/api/v1/cases', { stateCode: 'CHP' })).body.id;
  for (const consent of [true, true, true, false]) await survivor(caseId, consent);
});

describe('the coverage-gap report', () => {
  it('counts men in Chiapas without a shelter, breaking down only those who consented', async () => {
    const report = await statistician.call('GET', '/api/v1/statistics/service-gaps');
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({ policy: 'aggregates', total: 4 });
    expect(report.body.rows).toEqual(
      ['all', 'men', 'indigenous_language'].map((population) => ({
        state: 'CHP',
        population,
        serviceType: 'shelter',
        unmet: 3,
      })),
    );
    expect(JSON.stringify(report.body)).not.toMatch(/tzotzil|[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it('is not found for anyone else, and the database hands them no profile', async () => {
    const supervisor = await bed.signedIn(bed.agencies.chiapas, ['supervisor']);
    expect((await supervisor.call('GET', '/api/v1/statistics/service-gaps')).status).toBe(404);
    const rows = await withActor(
      bed.database.db,
      { userId: supervisor.userId, agencyId: bed.agencies.chiapas, roles: ['supervisor'] },
      (trx) => sql`SELECT * FROM enlace_survivor_service_profiles()`.execute(trx),
    );
    expect(rows.rows).toEqual([]);
  });
});
