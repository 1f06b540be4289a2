import { beforeAll, describe, expect, it } from 'vitest';
import { withActor } from '../../src/platform/db/with-actor.ts';
import { openAccessBed } from '../support/access-bed.ts';
import { ifMatch, refusedField } from '../support/case-records.ts';
import { consentToServices, providerWithService } from '../support/referrals.ts';

/**
 * Matching a survivor to services, and referring them: consent and monitoring are checked at sending,
 * the lifecycle refuses impossible moves (accepting twice), each side is told what the other did.
 */
const bed = openAccessBed();
type Client = Awaited<ReturnType<typeof bed.signedIn>>;
type Provider = Awaited<ReturnType<typeof providerWithService>>;
let caseWorker: Client;
let supervisor: Client;
let caseId: string;
let survivorId: string;
let womenOnly: Provider;
let tabasco: Provider;
let suspended: Provider;

const count = async (table: string) =>
  Number((await bed.database.owner.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
const referralsPath = () => `/api/v1/cases/${caseId}/referrals`;
const move = (session: Client, referral: { id: string; version: number }, body: Record<string, unknown>) =>
  session.call('POST', `/api/v1/referrals/${referral.id}/transitions`, body, ifMatch(referral.version));
const kinds = async (session: Client, referralId: string) =>
  (await session.call('GET', '/api/v1/notifications')).body.items
    .filter((item: { subject: { id: string } }) => item.subject.id === referralId)
    .map((item: { kind: string }) => item.kind);

beforeAll(async () => {
  caseWorker = await bed.signedIn(bed.agencies.chiapas, ['case_worker']);
  supervisor = await bed.signedIn(bed.agencies.chiapas, ['supervisor']);
  caseId = (await caseWorker.call('POST', '/api/v1/cases', { stateCode: 'CHP' })).body.id;
  survivorId = (
    await caseWorker.call('POST', `/api/v1/cases/${caseId}/people`, {
      role: 'survivor',
      sex: 'male',
      birthYear: 1990,
      nationality: 'GT',
      needs: ['shelter'],
    })
  ).body.id;
  womenOnly = await providerWithService(bed, { service: { sexes: ['female'] } });
  tabasco = await providerWithService(bed, { service: { states: ['TAB'] } });
  suspended = await providerWithService(bed, { monitoring: 'suspended' });
});

describe('matching a survivor to services', () => {
  it('ranks the eligible, explains each exclusion, and names the gap with the nearest service', async () => {
    const matched = await caseWorker.call(
      'GET',
      `/api/v1/cases/${caseId}/people/${survivorId}/service-matches`,
    );
    expect(matched.status).toBe(200);
    expect(matched.body.ranked.map((item: { serviceId: string }) => item.serviceId)).toEqual([
      tabasco.serviceId,
    ]);
    expect(matched.body.ranked[0].reasons[0]).toMatchObject({
      code: 'outside_state',
      params: { state: 'TAB' },
    });
    const excluded = Object.fromEntries(
      matched.body.excluded.map(
        (item: { serviceId: string; reasons: { code: string }[]; overridable: boolean }) => [
          item.serviceId,
          [item.reasons.map((reason) => reason.code), item.overridable],
        ],
      ),
    );
    expect(excluded).toEqual({
      [womenOnly.serviceId]: [['sex_not_served'], false],
      [suspended.serviceId]: [['provider_suspended'], true],
    });
    expect(matched.body.gaps).toEqual([
      expect.objectContaining({
        need: 'shelter',
        state: 'CHP',
        excludedBy: { sex_not_served: 1, provider_suspended: 1 },
        nearest: expect.objectContaining({ serviceId: tabasco.serviceId, state: 'TAB' }),
      }),
    ]);
  });

  it('answers 404 for a case out of reach and for anyone who is not a survivor', async () => {
    const stranger = await bed.signedIn(bed.agencies.puebla, ['case_worker']);
    expect(
      (await stranger.call('GET', `/api/v1/cases/${caseId}/people/${survivorId}/service-matches`)).status,
    ).toBe(404);
    const suspect = (await caseWorker.call('POST', `/api/v1/cases/${caseId}/people`, { role: 'suspect' }))
      .body.id;
    expect(
      (await caseWorker.call('GET', `/api/v1/cases/${caseId}/people/${suspect}/service-matches`)).status,
    ).toBe(404);
  });
});

describe('sending a referral', () => {
  it('is refused without the survivor’s consent for that provider, and nothing is stored', async () => {
    const before = await count('referrals');
    const refused = await caseWorker.call('POST', referralsPath(), {
      personId: survivorId,
      serviceId: tabasco.serviceId,
    });
    expect([refused.status, refused.body.code]).toEqual([409, 'referral_needs_consent']);
    expect(await count('referrals')).toBe(before);
    expect(await kinds(tabasco.staff, '00000000-0000-0000-0000-000000000000')).toEqual([]);
  });

  it('goes with consent, with a deadline by urgency, and the provider’s staff are told', async () => {
    await consentToServices(caseWorker, caseId, survivorId, tabasco.code);
    const sent = await caseWorker.call('POST', referralsPath(), {
      personId: survivorId,
      serviceId: tabasco.serviceId,
      urgency: 'urgent',
    });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({
      status: 'sent',
      direction: 'outgoing',
      caseId,
      consentOverridden: false,
    });
    const hours = (Date.parse(sent.body.respondBy) - Date.parse(sent.body.sentAt)) / 3_600_000;
    expect(hours).toBe(24);
    expect(await kinds(tabasco.staff, sent.body.id)).toEqual(['referral_received']);
    expect(await kinds(tabasco.editor, sent.body.id)).toEqual(['referral_received']);
  });

  it('to a suspended provider needs a supervisor’s written override, which the auditor sees', async () => {
    await consentToServices(caseWorker, caseId, survivorId, suspended.code);
    const body = { personId: survivorId, serviceId: suspended.serviceId };
    const blocked = await caseWorker.call('POST', referralsPath(), body);
    expect([blocked.status, blocked.body.code]).toEqual([409, 'provider_not_monitored']);
    const reason = 'Única opción segura esta noche; la persona lo pidió';
    const notSupervisor = await caseWorker.call('POST', referralsPath(), {
      ...body,
      monitoringOverrideReason: reason,
    });
    expect([notSupervisor.status, notSupervisor.body.code]).toEqual([403, 'override_needs_supervisor']);
    const overridden = await supervisor.call('POST', referralsPath(), {
      ...body,
      monitoringOverrideReason: reason,
    });
    expect([overridden.status, overridden.body.monitoringOverridden]).toEqual([201, true]);
    const audit = await bed.database.owner.query(
      `SELECT reason FROM audit_entries WHERE action = 'referral.monitoring_override' AND record_id = $1`,
      [overridden.body.id],
    );
    expect(audit.rows).toEqual([{ reason }]);
  });
});

describe('the referral lifecycle', () => {
  let referral: { id: string; version: number };

  beforeAll(async () => {
    await consentToServices(caseWorker, caseId, survivorId, womenOnly.code);
    const proposed = await caseWorker.call('POST', referralsPath(), {
      personId: survivorId,
      serviceId: tabasco.serviceId,
      send: false,
    });
    expect(proposed.body.status).toBe('proposed');
    referral = proposed.body;
  });

  it('keeps a proposal from the provider until it is sent', async () => {
    expect((await tabasco.staff.call('GET', `/api/v1/referrals/${referral.id}`)).status).toBe(404);
    const sent = await move(caseWorker, referral, { to: 'sent' });
    expect([sent.status, sent.body.status]).toEqual([200, 'sent']);
    referral = sent.body;
    const seen = await tabasco.staff.call('GET', `/api/v1/referrals/${referral.id}`);
    expect(seen.body).toMatchObject({
      direction: 'incoming',
      caseId: null,
      personId: null,
      needs: ['shelter'],
    });
    expect(seen.body.profile).toEqual({
      sex: 'male',
      gender: null,
      age: new Date().getUTCFullYear() - 1990,
      nationality: 'GT',
      indigenousLanguage: null,
      hasDisability: false,
      withChildren: false,
      exploitationForms: [],
    });
  });

  it('is accepted once, started and completed by the provider; the sender hears each answer', async () => {
    const accepted = await move(tabasco.staff, referral, { to: 'accepted' });
    expect([accepted.status, accepted.body.status]).toEqual([200, 'accepted']);
    const twice = await move(tabasco.staff, accepted.body, { to: 'accepted' });
    expect([twice.status, twice.body.code]).toEqual([409, 'referral_transition']);
    const bySender = await move(caseWorker, accepted.body, { to: 'completed' });
    expect(bySender.status).toBe(409);
    const started = await move(tabasco.staff, accepted.body, { to: 'started' });
    const completed = await move(tabasco.staff, started.body, { to: 'completed' });
    expect(
      completed.body.events.map((event: { status: string; agencyCode: string }) => [
        event.status,
        event.agencyCode,
      ]),
    ).toEqual([
      ['proposed', 'FGE-CHP'],
      ['sent', 'FGE-CHP'],
      ['accepted', tabasco.code],
      ['started', tabasco.code],
      ['completed', tabasco.code],
    ]);
    expect(await kinds(caseWorker, referral.id)).toEqual([
      'referral_answered',
      'referral_answered',
      'referral_answered',
    ]);
  });

  it('needs a reason to decline or withdraw, and a stale version changes nothing', async () => {
    const sent = (
      await caseWorker.call('POST', referralsPath(), { personId: survivorId, serviceId: tabasco.serviceId })
    ).body;
    expect(refusedField(await move(tabasco.staff, sent, { to: 'declined' })).path).toBe('reason');
    expect(
      (await move(tabasco.staff, { ...sent, version: sent.version - 1 }, { to: 'accepted' })).status,
    ).toBe(412);
    const withdrawn = await move(caseWorker, sent, {
      to: 'withdrawn',
      reason: 'La persona regresó con su familia',
    });
    expect(withdrawn.body.status).toBe('withdrawn');
    expect(await kinds(tabasco.staff, sent.id)).toEqual(['referral_withdrawn', 'referral_received']);
  });
});

describe('what a provider may see and do', () => {
  it('never answers or sees a referral it was not sent, nor the case', async () => {
    const sent = (
      await caseWorker.call('POST', referralsPath(), { personId: survivorId, serviceId: tabasco.serviceId })
    ).body;
    for (const other of [womenOnly.staff, womenOnly.editor]) {
      const answered = await move(other, sent, { to: 'accepted' });
      expect(answered.status).toBe(404);
      expect((await other.call('GET', `/api/v1/referrals/${sent.id}`)).status).toBe(404);
      expect((await other.call('GET', '/api/v1/referrals')).body.items).toEqual([]);
    }
    expect((await caseWorker.call('GET', `/api/v1/referrals/${sent.id}`)).body.status).toBe('sent');
    for (const path of [
      `/api/v1/cases/${caseId}`,
      `/api/v1/cases/${caseId}/referrals`,
      `/api/v1/cases/${caseId}/legal-track`,
    ])
      expect((await tabasco.staff.call('GET', path)).status).toBe(404);
    const inbox = (await tabasco.staff.call('GET', '/api/v1/referrals')).body.items;
    expect(inbox.length).toBeGreaterThan(0);
    expect(
      inbox.every(
        (item: { caseId: string | null; direction: string }) =>
          item.caseId === null && item.direction === 'incoming',
      ),
    ).toBe(true);
  });

  it('sees, through any query, only what was sent to it, and can change nothing but its answer', async () => {
    const staffOf = (provider: Provider) => ({
      userId: provider.staff.userId,
      agencyId: provider.agencyId,
      roles: ['shelter_staff' as const],
    });
    const visible = (provider: Provider) =>
      withActor(bed.database.db, staffOf(provider), (trx) =>
        trx.selectFrom('referrals').select(['provider_agency_id', 'status']).execute(),
      );
    expect(await visible(womenOnly)).toEqual([]);
    const seen = await visible(tabasco);
    expect(seen.length).toBeGreaterThan(0);
    expect(
      seen.every((row) => row.provider_agency_id === tabasco.agencyId && row.status !== 'proposed'),
    ).toBe(true);
    const rewrite = withActor(bed.database.db, staffOf(tabasco), (trx) =>
      trx
        .updateTable('referrals')
        .set({ respond_by: new Date(Date.now() + 9e9) })
        .execute(),
    );
    await expect(rewrite).rejects.toMatchObject({ code: '42501' });
  });
});
