import { beforeAll, describe, expect, it } from 'vitest';
import { withActor } from '../../src/platform/db/with-actor.ts';
import { openAccessBed } from '../support/access-bed.ts';
import { caseWithPeople, ifMatch } from '../support/case-records.ts';
import { consentToServices, providerWithService } from '../support/referrals.ts';
import { agency } from '../support/sessions.ts';

/**
 * Every change to a referral is kept in its case's history, in the needs field group, including the
 * provider's answers, which it writes without ever reading the case.
 */
const bed = openAccessBed();
type Client = Awaited<ReturnType<typeof bed.signedIn>>;
type Entry = {
  recordType: string;
  recordId: string;
  version: number;
  kind: string;
  fieldGroup: string | null;
  changes: { field: string; from?: unknown; to?: unknown }[];
  reason: string | null;
  changedBy: { agencyCode: string };
};

let caseWorker: Client;
let shelterStaff: Client;
let provider: Awaited<ReturnType<typeof providerWithService>>;
let other: Awaited<ReturnType<typeof providerWithService>>;
let people: Awaited<ReturnType<typeof caseWithPeople>>;
let referral: { id: string; version: number };

const history = async (session: Client) => {
  const read = await session.call('GET', `/api/v1/cases/${people.caseId}/history?limit=200`);
  return {
    status: read.status,
    referrals: (read.body.items ?? []).filter((e: Entry) => e.recordType === 'referral') as Entry[],
  };
};
const move = async (session: Client, body: Record<string, unknown>) => {
  const moved = await session.call(
    'POST',
    `/api/v1/referrals/${referral.id}/transitions`,
    body,
    ifMatch(referral.version),
  );
  if (moved.status === 200) referral = moved.body;
  return moved;
};

beforeAll(async () => {
  const shelter = await agency(bed.database, 'REFUGIO-HIST', {
    type: 'shelter',
    level: 'state',
    state: 'PUE',
    sector: 'ngo',
  });
  caseWorker = await bed.signedIn(bed.agencies.puebla, ['case_worker']);
  const prosecutor = await bed.signedIn(bed.agencies.puebla, ['prosecutor']);
  shelterStaff = await bed.signedIn(shelter, ['shelter_staff']);
  people = await caseWithPeople(prosecutor);
  await prosecutor.call('POST', `/api/v1/cases/${people.caseId}/shares`, {
    agencyCode: 'REFUGIO-HIST',
    reason: 'Canalización a refugio',
  });
  provider = await providerWithService(bed, { service: { states: ['PUE'] } });
  other = await providerWithService(bed, { service: { states: ['PUE'] } });
  await consentToServices(caseWorker, people.caseId, people.survivorId, provider.code);
  const created = await caseWorker.call('POST', `/api/v1/cases/${people.caseId}/referrals`, {
    personId: people.survivorId,
    serviceId: provider.serviceId,
    urgency: 'urgent',
  });
  expect(created.status).toBe(201);
  referral = created.body;
});

describe('referral changes in the case history', () => {
  it('keeps the proposal and the sending, in the needs group, under the sender’s name', async () => {
    const { status, referrals } = await history(caseWorker);
    expect(status).toBe(200);
    expect(referrals.map((entry) => [entry.version, entry.kind, entry.fieldGroup])).toEqual([
      [2, 'updated', 'needs'],
      [1, 'created', 'needs'],
    ]);
    expect(referrals[1]!.changes).toEqual([
      { field: 'serviceId', from: null, to: provider.serviceId },
      { field: 'provider', from: null, to: provider.code },
      { field: 'urgency', from: null, to: 'urgent' },
      { field: 'status', from: null, to: 'proposed' },
    ]);
    expect(referrals[0]).toMatchObject({
      recordId: referral.id,
      changes: [{ field: 'status', from: 'proposed', to: 'sent' }],
      changedBy: { agencyCode: 'FGE-PUE' },
    });
  });

  it('keeps the provider’s answers under the provider’s name, with the reason', async () => {
    expect((await move(provider.staff, { to: 'accepted' })).status).toBe(200);
    expect((await move(provider.staff, { to: 'started' })).status).toBe(200);
    expect((await move(caseWorker, { to: 'withdrawn', reason: 'La persona cambió de estado' })).status).toBe(
      200,
    );
    const { referrals } = await history(shelterStaff);
    expect(
      referrals
        .slice(0, 3)
        .map((entry) => [entry.version, entry.changes[0], entry.changedBy.agencyCode, entry.reason]),
    ).toEqual([
      [5, { field: 'status', from: 'started', to: 'withdrawn' }, 'FGE-PUE', 'La persona cambió de estado'],
      [4, { field: 'status', from: 'accepted', to: 'started' }, provider.code, null],
      [3, { field: 'status', from: 'sent', to: 'accepted' }, provider.code, null],
    ]);
  });

  it('records nothing when a move is refused', async () => {
    const before = (await history(caseWorker)).referrals.length;
    expect((await move(provider.staff, { to: 'accepted' })).status).toBe(409);
    expect((await move(other.staff, { to: 'completed' })).status).toBe(404);
    expect((await history(caseWorker)).referrals).toHaveLength(before);
  });

  it('is not readable by the provider, who never sees the case', async () => {
    expect((await history(provider.staff)).status).toBe(404);
  });

  it('cannot be written by a provider for a referral it was not sent', async () => {
    const forged = withActor(
      bed.database.db,
      { userId: other.staff.userId, agencyId: other.agencyId, roles: ['shelter_staff'] },
      (trx) =>
        trx
          .insertInto('record_changes')
          .values({
            case_id: people.caseId,
            record_type: 'referral',
            record_id: referral.id,
            version: 99,
            change_kind: 'updated',
            field_group: 'needs',
            changes: JSON.stringify([{ field: 'status', from: 'sent', to: 'completed' }]),
            reason: null,
          })
          .execute(),
    );
    await expect(forged).rejects.toMatchObject({ code: '42501' });
  });
});
