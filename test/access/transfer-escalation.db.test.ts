import { beforeAll, describe, expect, it } from 'vitest';
import { escalateOverdueTransfers } from '../../src/modules/jurisdiction/escalate-overdue-transfers.ts';
import { openAccessBed } from '../support/access-bed.ts';
import { caseWithTransfer, makeOverdue } from '../support/transfers.ts';

/**
 * The escalation sweep: overdue requests are escalated once, whatever the number of sweeps running, and
 * only the supervisors of both authorities are told; requests still within their deadline are untouched.
 */
const bed = openAccessBed();
type Client = Awaited<ReturnType<typeof bed.signedIn>>;
let requester: Client;
let requestingSupervisor: Client;
let receivingSupervisors: Client[];
let receivingProsecutor: Client;
let bystander: Client;

beforeAll(async () => {
  requester = await bed.signedIn(bed.agencies.puebla, ['prosecutor']);
  requestingSupervisor = await bed.signedIn(bed.agencies.puebla, ['supervisor']);
  receivingSupervisors = [
    await bed.signedIn(bed.agencies.fevimtra, ['supervisor']),
    await bed.signedIn(bed.agencies.fevimtra, ['supervisor', 'prosecutor']),
  ];
  receivingProsecutor = await bed.signedIn(bed.agencies.fevimtra, ['prosecutor']);
  bystander = await bed.signedIn(bed.agencies.chiapas, ['supervisor']);
});

type Notice = { kind: string; subject: { id: string }; caseId: string };
const noticesAbout = async (reader: Client, transferId: string): Promise<Notice[]> =>
  (await reader.call('GET', '/api/v1/notifications')).body.items.filter(
    (notice: Notice) => notice.subject.id === transferId,
  );
const kindsAbout = async (reader: Client, transferId: string) =>
  (await noticesAbout(reader, transferId)).map((notice) => notice.kind).sort();

const count = async (query: string, values: unknown[]) =>
  Number((await bed.database.owner.query(query, values)).rows[0].n);

describe('escalating overdue transfer requests', () => {
  it('escalates an overdue request once and tells the supervisors of both authorities only', async () => {
    const { caseId, transferId } = await caseWithTransfer(requester);
    await makeOverdue(bed.database, caseId, transferId);

    const swept = await escalateOverdueTransfers(bed.database.db);
    expect(swept).toEqual([{ transferId, caseId, notified: 3 }]);
    for (const supervisor of receivingSupervisors) {
      expect(await kindsAbout(supervisor, transferId)).toContain('transfer_escalated');
    }
    expect(await kindsAbout(requestingSupervisor, transferId)).toEqual(['transfer_unanswered']);
    // The prosecutor was told of the request when it arrived, and of nothing more.
    expect(await kindsAbout(receivingProsecutor, transferId)).toEqual(['transfer_requested']);
    expect(await kindsAbout(requester, transferId)).toEqual([]);
    expect(await kindsAbout(bystander, transferId)).toEqual([]);
    expect(
      await count(
        `SELECT count(*) AS n FROM notification_outbox WHERE payload->'params'->>'to' = 'FEVIMTRA'
                   AND kind IN ('transfer_escalated', 'transfer_unanswered') AND channel = 'email'
                   AND payload->>'notificationId' IN (SELECT id::text FROM notifications WHERE subject_id = $1)`,
        [transferId],
      ),
    ).toBe(3);
    expect(
      await count(
        `SELECT count(*) AS n FROM audit_entries WHERE action = 'case.transfer_escalate' AND details->>'transferId' = $1`,
        [transferId],
      ),
    ).toBe(1);

    expect(await escalateOverdueTransfers(bed.database.db)).toEqual([]);
    expect(await count('SELECT count(*) AS n FROM notifications WHERE subject_id = $1', [transferId])).toBe(
      // Three prosecutors and supervisors of the receiving agency told of the request, then three escalations.
      3 + 3,
    );
  });

  it('does not notify twice when several sweeps run at the same moment', async () => {
    const transfers = [];
    for (let index = 0; index < 3; index++) {
      const created = await caseWithTransfer(requester);
      await makeOverdue(bed.database, created.caseId, created.transferId);
      transfers.push(created.transferId);
    }
    const sweeps = await Promise.all(
      Array.from({ length: 4 }, () => escalateOverdueTransfers(bed.database.db)),
    );
    const escalated = sweeps.flat().map((escalation) => escalation.transferId);
    expect(escalated.sort()).toEqual([...transfers].sort());
    for (const transferId of transfers) {
      expect(
        await count(
          `SELECT count(*) AS n FROM notifications WHERE subject_id = $1
           AND kind IN ('transfer_escalated', 'transfer_unanswered')`,
          [transferId],
        ),
      ).toBe(3);
    }
  });

  it('leaves requests within their deadline and answered requests alone', async () => {
    const waiting = await caseWithTransfer(requester);
    const answered = await caseWithTransfer(requester);
    await makeOverdue(bed.database, answered.caseId, answered.transferId);
    await receivingProsecutor.call('POST', `/api/v1/transfers/${answered.transferId}/response`, {
      accept: false,
      reason: 'No hay elementos de competencia federal',
    });
    expect(await escalateOverdueTransfers(bed.database.db)).toEqual([]);
    const rows = await bed.database.owner.query(
      'SELECT escalated_at FROM case_transfers WHERE id = ANY($1::uuid[])',
      [[waiting.transferId, answered.transferId]],
    );
    expect(rows.rows).toEqual([{ escalated_at: null }, { escalated_at: null }]);
    const inbox = await receivingProsecutor.call('GET', '/api/v1/transfers');
    expect(inbox.body.items.find((item: { id: string }) => item.id === waiting.transferId)).toMatchObject({
      overdue: false,
      escalated: false,
    });
  });

  it('shows an escalated request as such in both inboxes', async () => {
    const { caseId, transferId } = await caseWithTransfer(requester);
    await makeOverdue(bed.database, caseId, transferId);
    await escalateOverdueTransfers(bed.database.db);
    for (const [reader, direction] of [
      [requester, 'outgoing'],
      [receivingProsecutor, 'incoming'],
    ] as const) {
      const inbox = await reader.call('GET', '/api/v1/transfers');
      expect(inbox.body.items.find((item: { id: string }) => item.id === transferId)).toMatchObject({
        direction,
        overdue: true,
        escalated: true,
      });
    }
  });

  it('keeps the application role from escalating early or reading the outbox', async () => {
    const { transferId } = await caseWithTransfer(requester);
    const app = bed.database.app;
    await expect(
      app.query(`UPDATE case_transfers SET escalated_at = now() WHERE id = $1`, [transferId]),
    ).rejects.toThrow(/permission denied/);
    await expect(app.query('SELECT * FROM notification_outbox')).rejects.toThrow(/permission denied/);
    await expect(app.query('UPDATE notification_outbox SET sent_at = now()')).rejects.toThrow(
      /permission denied/,
    );
  });
});
