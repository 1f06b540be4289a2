import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../src/platform/audit/record-audit.ts';
import {
  AUDIT_COMMITS_IN_FLIGHT,
  recordInSession,
  type SessionOpening,
} from '../../src/platform/auth/session-read.ts';
import { touchSession } from '../../src/platform/auth/session-store.ts';
import { hashSessionToken } from '../../src/platform/auth/session-token.ts';
import { openAccessBed } from '../support/access-bed.ts';

// The audit entries of reads answered in session commit in batches (migration 0050): entries of reads
// that finish while an earlier commit runs go together in the next. These tests would fail if a batch
// mixed up whose entry is whose, if a read could be answered before its own entry committed, if one bad
// entry failed its neighbours' reads, or if a batch waited on a session another transaction holds.

const bed = openAccessBed();
const timeouts = { idleMinutes: 30, absoluteHours: 12 };

const tokenOf = (cookie: string | undefined) => cookie!.slice('enlace_session='.length);

async function readerIn(agencyId: string) {
  const client = await bed.signedIn(agencyId, ['prosecutor']);
  const tokenHash = hashSessionToken(tokenOf(client.cookie()));
  const session = (await touchSession(bed.database, tokenHash, timeouts))!;
  const record = (requestId: string, event: AuditEvent) => {
    const opening: SessionOpening = { tokenHash, timeouts, requestId, admit: async () => {} };
    return recordInSession(bed.database, opening, session, event);
  };
  return { client, record, userId: client.userId };
}

const readOf = (recordId: string): AuditEvent => ({
  action: 'case.read',
  recordType: 'case',
  recordId,
  details: { relation: 'owner' },
});

type EntryRow = { request_id: string; actor_user_id: string; actor_agency_id: string; committed_by: string };

const entriesOf = async (requestIds: string[]) =>
  (
    await bed.database.owner.query<EntryRow>(
      `SELECT request_id, actor_user_id, actor_agency_id, xmin::text AS committed_by FROM audit_entries
       WHERE request_id = ANY ($1) ORDER BY request_id`,
      [requestIds],
    )
  ).rows;

const idleExpiryOf = async (userId: string) =>
  (
    await bed.database.owner.query<{ idle: Date }>(
      'SELECT idle_expires_at AS idle FROM sessions WHERE user_id = $1',
      [userId],
    )
  ).rows[0]!.idle;

/** Sets the session's idle expiry five minutes ahead, behind any slide's window; returns it. */
const behindBy = async (userId: string) => {
  await bed.database.owner.query(
    "UPDATE sessions SET idle_expires_at = now() + interval '5 minutes' WHERE user_id = $1",
    [userId],
  );
  return idleExpiryOf(userId);
};

describe('audit entries of reads in session, committed together', () => {
  it('commits entries at once while commits are free, and those that wait in the next together, each naming its own reader and request', async () => {
    const puebla = await readerIn(bed.agencies.puebla);
    const chiapas = await readerIn(bed.agencies.chiapas);
    const readers = [puebla, chiapas, puebla, chiapas, puebla];
    const requestIds = readers.map((_, index) => `lote-${index}-${Date.now()}`);

    await Promise.all(
      readers.map((reader, index) => reader.record(requestIds[index]!, readOf(`caso-${index}`))),
    );

    const entries = await entriesOf(requestIds);
    expect(
      entries.map(({ request_id, actor_user_id, actor_agency_id }) => [
        request_id,
        actor_user_id,
        actor_agency_id,
      ]),
    ).toEqual(
      readers.map((reader, index) => [
        requestIds[index],
        reader.userId,
        reader === puebla ? bed.agencies.puebla : bed.agencies.chiapas,
      ]),
    );
    const commits = entries.map((entry) => entry.committed_by);
    const alone = commits.slice(0, AUDIT_COMMITS_IN_FLIGHT);
    const waited = commits.slice(AUDIT_COMMITS_IN_FLIGHT);
    expect(new Set(alone).size).toBe(alone.length);
    expect(new Set(waited).size).toBe(1);
    expect(alone).not.toContain(waited[0]);
  });

  it('settles a read only once its own entry has committed', async () => {
    const reader = await readerIn(bed.agencies.puebla);
    const requestIds = [0, 1, 2].map((index) => `visible-${index}-${Date.now()}`);
    const seenWhenSettled = await Promise.all(
      requestIds.map((requestId) =>
        reader.record(requestId, readOf('caso')).then(async () => (await entriesOf([requestId])).length),
      ),
    );
    expect(seenWhenSettled).toEqual([1, 1, 1]);
  });

  it('fails only the read whose entry PostgreSQL refuses, and commits its neighbours', async () => {
    const reader = await readerIn(bed.agencies.puebla);
    const stamp = Date.now();
    const [first, good, bad, fine] = ['first', 'good', 'bad', 'fine'].map((name) => `${name}-${stamp}`);
    const outcomes = await Promise.allSettled([
      reader.record(first!, readOf('caso')),
      reader.record(good!, readOf('caso')),
      // A NUL character: jsonb refuses it (22P05), as a table refuses a value it cannot hold.
      reader.record(bad!, { ...readOf('caso'), details: { relation: 'owner\u0000' } }),
      reader.record(fine!, readOf('caso')),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
    expect((outcomes[2] as PromiseRejectedResult).reason).toMatchObject({ code: '22P05' });
    const committed = (await entriesOf([first!, good!, bad!, fine!])).map((entry) => entry.request_id);
    expect(committed.sort()).toEqual([first, good, fine].sort());
  });

  it('slides every session of the batch that fell behind, skipping one another transaction holds', async () => {
    const held = await readerIn(bed.agencies.puebla);
    const free = await readerIn(bed.agencies.chiapas);
    const heldBefore = await behindBy(held.userId);
    await behindBy(free.userId);

    const holder = await bed.database.owner.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT 1 FROM sessions WHERE user_id = $1 FOR UPDATE', [held.userId]);
      const stamp = Date.now();
      // Would wait for the holder (and time the test out) if the batch waited for the session.
      await Promise.all([
        held.record(`first-${stamp}`, readOf('caso')),
        free.record(`free-${stamp}`, readOf('caso')),
        held.record(`held-${stamp}`, readOf('caso')),
      ]);
    } finally {
      await holder.query('ROLLBACK');
      holder.release();
    }
    expect(await idleExpiryOf(held.userId)).toEqual(heldBefore);
    expect((await idleExpiryOf(free.userId)).getTime()).toBeGreaterThan(Date.now() + 10 * 60_000);
  });

  it("answers many concurrent reads of two agencies' cases, one entry per answer and none for a refusal", async () => {
    const owners = await Promise.all([bed.agencies.puebla, bed.agencies.chiapas].map(readerIn));
    const cases = await Promise.all(
      owners.map(async (owner, index) => {
        const opened = await owner.client.call('POST', '/api/v1/cases', { stateCode: index ? 'CHP' : 'PUE' });
        expect(opened.status).toBe(201);
        return opened.body.id as string;
      }),
    );
    const reads = Array.from({ length: 24 }, (_, index) => ({
      owner: owners[index % 2]!,
      caseId: cases[index % 2]!,
    }));
    // Each reads the other agency's case too: 404, and no entry.
    const refused = owners.map((owner, index) => ({ owner, caseId: cases[1 - index]! }));
    const answers = await Promise.all(
      [...reads, ...refused].map(({ owner, caseId }) => owner.client.call('GET', `/api/v1/cases/${caseId}`)),
    );
    expect(answers.slice(0, reads.length).every((answer) => answer.status === 200)).toBe(true);
    expect(answers.slice(reads.length).map((answer) => answer.status)).toEqual([404, 404]);

    const entries = await bed.database.owner.query<{ record_id: string; actor_user_id: string; n: number }>(
      `SELECT record_id, actor_user_id, count(*)::int AS n FROM audit_entries
       WHERE action = 'case.read' AND record_id = ANY ($1) GROUP BY 1, 2 ORDER BY 1, 2`,
      [cases],
    );
    const expected = owners.map((owner, index) => ({
      record_id: cases[index],
      actor_user_id: owner.userId,
      n: 12,
    }));
    expect(entries.rows).toEqual(expect.arrayContaining(expected));
    expect(entries.rows).toHaveLength(2);
  });
});
