import { beforeAll, describe, expect, it } from 'vitest';
import { referralCounts } from '../../src/modules/referrals/referral-counts.ts';
import { withActor } from '../../src/platform/db/with-actor.ts';
import { openAccessBed } from '../support/access-bed.ts';
import { ifMatch } from '../support/case-records.ts';
import { providerWithService } from '../support/referrals.ts';

/**
 * Referral counts for the statistics engine: called under a statistician, they count what happened in
 * the period by state and service type without any case or person id; anyone else gets nothing.
 */
const bed = openAccessBed();
type Client = Awaited<ReturnType<typeof bed.signedIn>>;
let caseWorker: Client;
let statistician: Client;
let statisticianAgency: string;
let ids: string[] = [];
const period = { from: new Date(Date.now() - 86_400_000), to: new Date(Date.now() + 86_400_000) };

const counts = (
  session: Client,
  agencyId: string,
  roles: ['statistician'] | ['case_worker'],
  query = period,
) =>
  withActor(bed.database.db, { userId: session.userId, agencyId, roles }, (trx) =>
    referralCounts(trx, { ...query, policy: 'aggregates' }),
  );

beforeAll(async () => {
  caseWorker = await bed.signedIn(bed.agencies.puebla, ['case_worker']);
  statisticianAgency = bed.agencies.fevimtra;
  statistician = await bed.signedIn(statisticianAgency, ['statistician']);
  const provider = await providerWithService(bed, { service: { states: ['PUE'] } });
  const caseId = (await caseWorker.call('POST', '/api/v1/cases', { stateCode: 'PUE' })).body.id;
  const survivor = async (needs: string[]) =>
    (await caseWorker.call('POST', `/api/v1/cases/${caseId}/people`, { role: 'survivor', needs })).body
      .id as string;
  const first = await survivor(['shelter', 'interpretation']);
  const second = await survivor(['shelter']);
  for (const personId of [first, second]) {
    const consent = await caseWorker.call('POST', `/api/v1/cases/${caseId}/consents`, {
      personId,
      scopes: ['services', 'statistics'],
      recipientAgencyCodes: [provider.code],
      givenOn: new Date().toISOString().slice(0, 10),
    });
    expect(consent.status).toBe(201);
  }
  const refer = async (personId: string) =>
    (
      await caseWorker.call('POST', `/api/v1/cases/${caseId}/referrals`, {
        personId,
        serviceId: provider.serviceId,
      })
    ).body;
  const accepted = await refer(first);
  expect(
    (
      await provider.staff.call(
        'POST',
        `/api/v1/referrals/${accepted.id}/transitions`,
        { to: 'accepted' },
        ifMatch(accepted.version),
      )
    ).status,
  ).toBe(200);
  const late = await refer(second);
  await bed.database.owner.query(
    `UPDATE referrals SET sent_at = now() - interval '4 hours', respond_by = now() - interval '1 hour' WHERE id = $1`,
    [late.id],
  );
  ids = [caseId, first, second, accepted.id, late.id, provider.serviceId];
});

describe('referralCounts', () => {
  it('counts made, accepted, overdue and unmet by state and service type for a statistician', async () => {
    const result = await counts(statistician, statisticianAgency, ['statistician']);
    expect(result.totals).toEqual({ made: 2, accepted: 1, overdue: 1, unmet: 1 });
    expect(result.cells).toEqual([
      { state: 'PUE', serviceType: 'interpretation', made: 0, accepted: 0, overdue: 0, unmet: 1 },
      { state: 'PUE', serviceType: 'shelter', made: 2, accepted: 1, overdue: 1, unmet: 0 },
    ]);
    const text = JSON.stringify(result);
    for (const id of ids) expect(text).not.toContain(id);
  });

  it('counts nothing outside the period', async () => {
    const past = { from: new Date('2020-01-01'), to: new Date('2021-01-01') };
    const result = await counts(statistician, statisticianAgency, ['statistician'], past);
    expect(result).toEqual({ totals: { made: 0, accepted: 0, overdue: 0, unmet: 0 }, cells: [] });
  });

  it('gives anyone but a statistician nothing, even the agency that made the referrals', async () => {
    const result = await counts(caseWorker, bed.agencies.puebla, ['case_worker']);
    expect(result).toEqual({ totals: { made: 0, accepted: 0, overdue: 0, unmet: 0 }, cells: [] });
  });
});
