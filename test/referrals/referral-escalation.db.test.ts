import { beforeAll, describe, expect, it } from 'vitest';
import { escalateOverdueReferrals } from '../../src/modules/referrals/escalate-overdue-referrals.ts';
import { remindPendingReferrals } from '../../src/modules/referrals/remind-pending-referrals.ts';
import { openAccessBed } from '../support/access-bed.ts';
import { consentToServices, providerWithService } from '../support/referrals.ts';

/**
 * Referrals left unanswered remind the provider halfway to their deadline and escalate past it, each
 * once, however many sweeps run.
 */
const bed = openAccessBed();
type Client = Awaited<ReturnType<typeof bed.signedIn>>;
let caseWorker: Client;
let senderSupervisor: Client;
let provider: Awaited<ReturnType<typeof providerWithService>>;
let caseId: string;
let survivorId: string;

const kinds = async (session: Client, referralId: string) =>
  (await session.call('GET', '/api/v1/notifications')).body.items
    .filter((item: { subject: { id: string } }) => item.subject.id === referralId)
    .map((item: { kind: string }) => item.kind);

const send = async () =>
  (
    await caseWorker.call('POST', `/api/v1/cases/${caseId}/referrals`, {
      personId: survivorId,
      serviceId: provider.serviceId,
      urgency: 'emergency',
    })
  ).body as { id: string };

const makeOverdue = (referralId: string) =>
  bed.database.owner.query(
    `UPDATE referrals SET sent_at = now() - interval '5 hours', respond_by = now() - interval '1 hour' WHERE id = $1`,
    [referralId],
  );

beforeAll(async () => {
  caseWorker = await bed.signedIn(bed.agencies.puebla, ['case_worker']);
  senderSupervisor = await bed.signedIn(bed.agencies.puebla, ['supervisor']);
  provider = await providerWithService(bed, { service: { states: ['PUE'] } });
  caseId = (await caseWorker.call('POST', '/api/v1/cases', { stateCode: 'PUE' })).body.id;
  survivorId = (
    await caseWorker.call('POST', `/api/v1/cases/${caseId}/people`, { role: 'survivor', needs: ['shelter'] })
  ).body.id;
  await consentToServices(caseWorker, caseId, survivorId, provider.code);
});

describe('escalating overdue referrals', () => {
  it('escalates once, telling the provider’s staff and the sender’s supervisors, and shows it overdue', async () => {
    const overdue = await send();
    const onTime = await send();
    await makeOverdue(overdue.id);
    const sweeps = await Promise.all([1, 2, 3].map(() => escalateOverdueReferrals(bed.database.db)));
    expect(sweeps.flat()).toEqual([{ referralId: overdue.id, caseId, notified: 3 }]);
    expect(await kinds(provider.staff, overdue.id)).toEqual(['referral_overdue', 'referral_received']);
    expect(await kinds(senderSupervisor, overdue.id)).toEqual(['referral_unanswered']);
    expect(await kinds(caseWorker, overdue.id)).toEqual([]);
    expect(await kinds(provider.staff, onTime.id)).toEqual(['referral_received']);
    const inbox = (await provider.staff.call('GET', '/api/v1/referrals')).body.items;
    expect(inbox[0]).toMatchObject({ id: overdue.id, overdue: true, escalated: true });
    const emails = await bed.database.owner.query(
      `SELECT count(*) AS n FROM notification_outbox WHERE kind IN ('referral_overdue', 'referral_unanswered')`,
    );
    expect(Number(emails.rows[0].n)).toBe(3);
  });

  it('leaves answered referrals alone', async () => {
    const answered = await send();
    await makeOverdue(answered.id);
    const view = (await provider.staff.call('GET', `/api/v1/referrals/${answered.id}`)).body;
    const accepted = await provider.staff.call(
      'POST',
      `/api/v1/referrals/${answered.id}/transitions`,
      { to: 'accepted' },
      { 'if-match': `"${view.version}"` },
    );
    expect(accepted.status).toBe(200);
    expect(await escalateOverdueReferrals(bed.database.db)).toEqual([]);
  });

  it('reminds the provider once halfway to the deadline, and not before', async () => {
    const halfway = await send();
    const fresh = await send();
    await bed.database.owner.query(
      `UPDATE referrals SET sent_at = now() - interval '3 hours', respond_by = now() + interval '1 hour' WHERE id = $1`,
      [halfway.id],
    );
    const sweeps = await Promise.all([1, 2].map(() => remindPendingReferrals(bed.database.db)));
    expect(sweeps.reduce((sum, count) => sum + count, 0)).toBe(1);
    expect(await kinds(provider.staff, halfway.id)).toEqual(['referral_reminder', 'referral_received']);
    expect(await kinds(provider.staff, fresh.id)).toEqual(['referral_received']);
    expect(await escalateOverdueReferrals(bed.database.db)).toEqual([]);
  });
});
