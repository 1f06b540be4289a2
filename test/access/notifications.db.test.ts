import { describe, expect, it } from 'vitest';
import { withActor } from '../../src/platform/db/with-actor.ts';
import { openAccessBed } from '../support/access-bed.ts';
import { client } from '../support/test-app.ts';
import { caseWithTransfer } from '../support/transfers.ts';

/** Each user reads and marks read their own notifications only, through the API and in the database. */
const bed = openAccessBed();

type Notice = { id: string; kind: string; caseId: string; readAt: string | null; params: object };

async function twoProsecutorsToldOfARequest() {
  const requester = await bed.signedIn(bed.agencies.puebla, ['prosecutor']);
  const first = await bed.signedIn(bed.agencies.fevimtra, ['prosecutor']);
  const second = await bed.signedIn(bed.agencies.fevimtra, ['prosecutor']);
  const { caseId, transferId } = await caseWithTransfer(requester);
  const noticeOf = async (reader: typeof first): Promise<Notice> =>
    (await reader.call('GET', '/api/v1/notifications')).body.items[0];
  return { requester, first, second, caseId, transferId, noticeOf };
}

describe('notifications', () => {
  it('tell the receiving authority of a request, without personal data, newest first with an unread count', async () => {
    const { requester, first, caseId, transferId, noticeOf } = await twoProsecutorsToldOfARequest();
    const list = await first.call('GET', '/api/v1/notifications');
    expect(list.status).toBe(200);
    expect(list.body.unread).toBe(1);
    expect(await noticeOf(first)).toMatchObject({
      kind: 'transfer_requested',
      subject: { type: 'case_transfer', id: transferId },
      caseId,
      params: { from: 'FGE-PUE', to: 'FEVIMTRA', respondBy: expect.any(String) },
      readAt: null,
    });
    expect(Object.keys((await noticeOf(first)).params).sort()).toEqual(['from', 'respondBy', 'to']);
    const later = await caseWithTransfer(requester);
    const both = await first.call('GET', '/api/v1/notifications');
    expect(both.body.unread).toBe(2);
    expect(both.body.items.map((item: { subject: { id: string } }) => item.subject.id)).toEqual([
      later.transferId,
      transferId,
    ]);
  });

  it('are marked read by their recipient only; anyone else gets 404 and changes nothing', async () => {
    const { first, second, noticeOf } = await twoProsecutorsToldOfARequest();
    const mine = await noticeOf(first);
    const theirs = await noticeOf(second);
    expect(mine.id).not.toBe(theirs.id);
    const items = (await first.call('GET', '/api/v1/notifications')).body.items as Notice[];
    expect(items.map((item) => item.id)).not.toContain(theirs.id);

    const denied = await first.call('POST', `/api/v1/notifications/${theirs.id}/read`);
    expect(denied.status).toBe(404);
    expect((await noticeOf(second)).readAt).toBeNull();

    expect((await first.call('POST', `/api/v1/notifications/${mine.id}/read`)).status).toBe(204);
    const read = await noticeOf(first);
    expect(read.readAt).not.toBeNull();
    expect((await first.call('GET', '/api/v1/notifications')).body.unread).toBe(0);
    expect((await first.call('POST', `/api/v1/notifications/${mine.id}/read`)).status).toBe(204);
    expect((await noticeOf(first)).readAt).toBe(read.readAt);
  });

  it('are closed in the database too: no reading, marking or removing another user’s', async () => {
    const { first, second, noticeOf } = await twoProsecutorsToldOfARequest();
    const theirs = await noticeOf(second);
    const actor = { userId: first.userId, agencyId: bed.agencies.fevimtra, roles: ['prosecutor'] as const };
    const seen = await withActor(bed.database.db, actor, (trx) =>
      trx.selectFrom('notifications').select('id').where('id', '=', theirs.id).execute(),
    );
    expect(seen).toEqual([]);
    const marked = await withActor(bed.database.db, actor, (trx) =>
      trx
        .updateTable('notifications')
        .set({ read_at: new Date() })
        .where('id', '=', theirs.id)
        .executeTakeFirst(),
    );
    expect(marked.numUpdatedRows).toBe(0n);
    await expect(
      withActor(bed.database.db, actor, (trx) => trx.deleteFrom('notifications').execute()),
    ).rejects.toThrow(/permission denied/);
    await expect(
      withActor(bed.database.db, actor, (trx) =>
        trx
          .updateTable('notifications')
          .set({ recipient_id: first.userId } as never)
          .execute(),
      ),
    ).rejects.toThrow(/permission denied/);
  });

  it('tell the requester when the request is answered', async () => {
    const { requester, first, caseId, transferId } = await twoProsecutorsToldOfARequest();
    await first.call('POST', `/api/v1/transfers/${transferId}/response`, { accept: true });
    const told = (await requester.call('GET', '/api/v1/notifications')).body.items as Notice[];
    expect(told).toEqual([
      expect.objectContaining({
        kind: 'transfer_accepted',
        caseId,
        params: { from: 'FGE-PUE', to: 'FEVIMTRA' },
      }),
    ]);
  });

  it('answer 400 to a malformed id, 404 to an unknown one and 401 without a session', async () => {
    const reader = await bed.signedIn(bed.agencies.chiapas, ['investigator']);
    const malformed = await reader.call('POST', '/api/v1/notifications/123/read');
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get('content-type')).toContain('application/problem+json');
    expect((await reader.call('POST', `/api/v1/notifications/${crypto.randomUUID()}/read`)).status).toBe(404);
    expect((await reader.call('GET', '/api/v1/notifications')).body).toEqual({ items: [], unread: 0 });
    expect((await client(bed.server.baseUrl).call('GET', '/api/v1/notifications')).status).toBe(401);
  });
});
