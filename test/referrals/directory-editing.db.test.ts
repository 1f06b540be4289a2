import { beforeAll, describe, expect, it } from 'vitest';
import { openAccessBed } from '../support/access-bed.ts';
import { ifMatch } from '../support/case-records.ts';
import { commissionSupervisor, providerWithService } from '../support/referrals.ts';

/** A provider edits its own entry; oversight bodies keep a history of its monitoring. */
const bed = openAccessBed();
type Client = Awaited<ReturnType<typeof bed.signedIn>>;
let provider: Awaited<ReturnType<typeof providerWithService>>;
let other: Awaited<ReturnType<typeof providerWithService>>;
let commission: Client;

const entry = async () =>
  (await provider.editor.call('GET', '/api/v1/service-directory')).body.items.find(
    (item: { id: string }) => item.id === provider.providerId,
  ) as { version: number; contact: string | null; monitoringStatus: string };
const history = async (session: Client) =>
  session.call('GET', `/api/v1/service-providers/${provider.providerId}/monitoring`);
const monitor = async (session: Client, body: Record<string, unknown>) =>
  session.call(
    'POST',
    `/api/v1/service-providers/${provider.providerId}/monitoring`,
    body,
    ifMatch((await entry()).version),
  );

beforeAll(async () => {
  provider = await providerWithService(bed, { monitoring: 'accredited' });
  other = await providerWithService(bed);
  commission = await commissionSupervisor(bed);
});

describe('a provider’s entry', () => {
  it('is changed by the provider’s own supervisors, with its version', async () => {
    const before = await entry();
    const changed = await provider.editor.call(
      'PATCH',
      `/api/v1/service-providers/${provider.providerId}`,
      { contact: 'Mesa de ingreso 24 horas' },
      ifMatch(before.version),
    );
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ contact: 'Mesa de ingreso 24 horas', version: before.version + 1 });
    expect(changed.headers.get('etag')).toBe(`"${before.version + 1}"`);
  });

  it('refuses another provider, a stale or missing version and bad input, changing nothing', async () => {
    const before = await entry();
    const path = `/api/v1/service-providers/${provider.providerId}`;
    const attempts = [
      [other.editor.call('PATCH', path, { contact: 'Otra' }, ifMatch(before.version)), 403],
      [provider.staff.call('PATCH', path, { contact: 'Otra' }, ifMatch(before.version)), 403],
      [provider.editor.call('PATCH', path, { contact: 'Otra' }, ifMatch(before.version - 1)), 412],
      [provider.editor.call('PATCH', path, { contact: 'Otra' }), 428],
      [provider.editor.call('PATCH', path, { contact: 'x'.repeat(301) }, ifMatch(before.version)), 400],
      [provider.editor.call('PATCH', path, {}, ifMatch(before.version)), 400],
      [provider.editor.call('PATCH', path, { monitoringStatus: 'accredited' }, ifMatch(before.version)), 400],
    ] as const;
    for (const [attempt, status] of attempts) expect((await attempt).status).toBe(status);
    expect(await entry()).toEqual(before);
  });
});

describe('a provider’s monitoring history', () => {
  it('keeps each visit, review and suspension, newest first, for every signed-in reader', async () => {
    expect((await monitor(commission, { status: 'visited', monitoredOn: '2026-02-01' })).status).toBe(200);
    expect((await monitor(commission, { status: 'suspended', monitoredOn: '2026-03-01' })).status).toBe(200);
    const read = await history(other.staff);
    expect(read.status).toBe(200);
    expect(
      read.body.items.map((item: { status: string; monitoredOn: string }) => [item.status, item.monitoredOn]),
    ).toEqual([
      ['suspended', '2026-03-01'],
      ['visited', '2026-02-01'],
      ['accredited', '2026-01-15'],
    ]);
    expect(read.body.items[0].recordedBy).toBe('CIT');
    expect((await entry()).monitoringStatus).toBe('suspended');
  });

  it('gains nothing when the provider tries to monitor itself or the input is bad', async () => {
    const before = (await history(provider.editor)).body.items.length;
    expect((await monitor(provider.editor, { status: 'accredited', monitoredOn: '2026-03-02' })).status).toBe(
      403,
    );
    expect((await monitor(commission, { status: 'unmonitored', monitoredOn: '2026-03-02' })).status).toBe(
      400,
    );
    expect((await monitor(commission, { status: 'accredited', monitoredOn: '2999-01-01' })).status).toBe(400);
    expect((await monitor(commission, { status: 'accredited' })).status).toBe(400);
    expect((await history(provider.editor)).body.items).toHaveLength(before);
  });

  it('answers 404 for a provider that does not exist and 400 for a malformed id', async () => {
    const missing = await provider.editor.call(
      'GET',
      '/api/v1/service-providers/00000000-0000-4000-8000-000000000000/monitoring',
    );
    expect(missing.status).toBe(404);
    expect((await provider.editor.call('GET', '/api/v1/service-providers/nope/monitoring')).status).toBe(400);
  });
});
