import { describe, expect, it } from 'vitest';
import { readCase } from '../../src/modules/cases/read-case.ts';
import { SYSTEM_ACTOR, withActorBatched } from '../../src/platform/db/with-actor.ts';
import { openAccessBed } from '../support/access-bed.ts';
import { auditCount } from '../support/case-files.ts';

// The case read travels in two round trips (withActorBatched): these tests would fail if that path
// skipped the audit entry, read outside row-level security, or served a revoked session.

const bed = openAccessBed();

const openPueblaCase = async () => {
  const prosecutor = await bed.signedIn(bed.agencies.puebla, ['prosecutor']);
  const opened = await prosecutor.call('POST', '/api/v1/cases', { stateCode: 'PUE' });
  expect(opened.status).toBe(201);
  return { prosecutor, caseId: opened.body.id as string };
};

const entriesOf = async (caseId: string) =>
  (
    await bed.database.owner.query(
      `SELECT actor_user_id, actor_agency_id, actor_roles, request_id, details
       FROM audit_entries WHERE action = 'case.read' AND record_id = $1 ORDER BY id`,
      [caseId],
    )
  ).rows;

describe('an audited case read in two round trips', () => {
  it('answers the case and commits one entry naming the reader, their agency, roles and request', async () => {
    const { prosecutor, caseId } = await openPueblaCase();
    const read = await prosecutor.call('GET', `/api/v1/cases/${caseId}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id: caseId, relation: 'owner', breakGlassUntil: null });
    const entries = await entriesOf(caseId);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actor_user_id: prosecutor.userId,
      actor_agency_id: bed.agencies.puebla,
      actor_roles: ['prosecutor'],
      details: { relation: 'owner' },
    });
    expect(entries[0].request_id).toEqual(expect.any(String));
  });

  it('answers nothing when its audit entry cannot be written, and leaves the connections usable', async () => {
    const { prosecutor, caseId } = await openPueblaCase();
    // The owner refuses this one case's read entries: the read must fail with them, never answer alone.
    await bed.database.owner.query(
      `ALTER TABLE audit_entries ADD CONSTRAINT refuse_one_read CHECK (record_id <> '${caseId}') NOT VALID`,
    );
    try {
      const caller = {
        userId: prosecutor.userId,
        agencyId: bed.agencies.puebla,
        roles: ['prosecutor' as const],
        requestId: 'prueba-auditoria',
      };
      await expect(readCase(bed.database, caller, caseId)).rejects.toThrow(/refuse_one_read/);
      const answered = await prosecutor.call('GET', `/api/v1/cases/${caseId}`);
      expect(answered.status).toBe(500);
      expect(await auditCount(bed.database.owner, 'case.read', caseId)).toBe(0);
    } finally {
      await bed.database.owner.query('ALTER TABLE audit_entries DROP CONSTRAINT refuse_one_read');
    }
    for (let attempt = 0; attempt < 12; attempt++) {
      expect((await prosecutor.call('GET', `/api/v1/cases/${caseId}`)).status).toBe(200);
    }
    expect(await auditCount(bed.database.owner, 'case.read', caseId)).toBe(12);
  });

  it("refuses another state's prosecutor with 404 and writes no entry", async () => {
    const { caseId } = await openPueblaCase();
    const outsider = await bed.signedIn(bed.agencies.chiapas, ['prosecutor']);
    const refused = await outsider.call('GET', `/api/v1/cases/${caseId}`);
    expect(refused.status).toBe(404);
    expect(refused.body.code).toBe('not_found');
    expect(await auditCount(bed.database.owner, 'case.read', caseId)).toBe(0);
  });

  it('refuses roles that do not work cases, in the case’s own agency, with 404 and no entry', async () => {
    const { caseId } = await openPueblaCase();
    for (const role of ['statistician', 'administrator'] as const) {
      const reader = await bed.signedIn(bed.agencies.puebla, [role]);
      expect((await reader.call('GET', `/api/v1/cases/${caseId}`)).status).toBe(404);
    }
    expect(await auditCount(bed.database.owner, 'case.read', caseId)).toBe(0);
  });

  it('answers a malformed id with 400 naming the field, and writes nothing', async () => {
    const { prosecutor } = await openPueblaCase();
    const before = await bed.database.owner.query(`SELECT count(*)::int AS n FROM audit_entries`);
    const refused = await prosecutor.call('GET', `/api/v1/cases/no-es-un-id'%3B--`);
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('caseId');
    const after = await bed.database.owner.query(`SELECT count(*)::int AS n FROM audit_entries`);
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it('refuses a revoked session on the very next request, with no entry', async () => {
    const { prosecutor, caseId } = await openPueblaCase();
    expect((await prosecutor.call('GET', `/api/v1/cases/${caseId}`)).status).toBe(200);
    await bed.database.owner.query('UPDATE sessions SET revoked_at = now() WHERE user_id = $1', [
      prosecutor.userId,
    ]);
    expect((await prosecutor.call('GET', `/api/v1/cases/${caseId}`)).status).toBe(401);
    expect(await auditCount(bed.database.owner, 'case.read', caseId)).toBe(1);
  });

  it('refuses the session of a disabled account on the very next request', async () => {
    const { prosecutor, caseId } = await openPueblaCase();
    expect((await prosecutor.call('GET', `/api/v1/cases/${caseId}`)).status).toBe(200);
    await bed.database.owner.query('UPDATE users SET disabled_at = now() WHERE id = $1', [prosecutor.userId]);
    expect((await prosecutor.call('GET', `/api/v1/cases/${caseId}`)).status).toBe(401);
    expect(await auditCount(bed.database.owner, 'case.read', caseId)).toBe(1);
  });
});

describe('withActorBatched', () => {
  const visibleIds = async (actor: Parameters<typeof withActorBatched>[1], caseId: string) =>
    withActorBatched(bed.database, actor, async (trip) => {
      const [rows] = await trip([{ sql: 'SELECT id FROM cases WHERE id = $1', parameters: [caseId] }]);
      return { result: (rows ?? []).map((row) => row.id), withCommit: [] };
    });

  it('reads under row-level security as its actor: the owner sees the case, others and no one do not', async () => {
    const { prosecutor, caseId } = await openPueblaCase();
    const owner = {
      userId: prosecutor.userId,
      agencyId: bed.agencies.puebla,
      roles: ['prosecutor' as const],
    };
    const outsider = { ...owner, agencyId: bed.agencies.chiapas };
    expect(await visibleIds(owner, caseId)).toEqual([caseId]);
    expect(await visibleIds(outsider, caseId)).toEqual([]);
    expect(await visibleIds(SYSTEM_ACTOR, caseId)).toEqual([]);
  });

  it('commits with synchronous_commit on, and its settings vanish with the transaction', async () => {
    const { prosecutor } = await openPueblaCase();
    const actor = {
      userId: prosecutor.userId,
      agencyId: bed.agencies.puebla,
      roles: ['prosecutor' as const],
    };
    const inside = await withActorBatched(bed.database, actor, async (trip) => {
      const [rows] = await trip([
        {
          sql: `SELECT current_setting('synchronous_commit') AS sync, current_setting('enlace.user_id') AS who,
                  txid_current_if_assigned() IS NULL AS no_writes_yet`,
          parameters: [],
        },
      ]);
      return { result: rows?.[0], withCommit: [] };
    });
    expect(inside).toEqual({ sync: 'on', who: prosecutor.userId, no_writes_yet: true });
    const client = await bed.database.app.connect();
    try {
      const idle = await client.query(
        `SELECT coalesce(current_setting('enlace.user_id', true), '') AS who, now() = statement_timestamp() AS outside`,
      );
      expect(idle.rows[0]).toEqual({ who: '', outside: true });
    } finally {
      client.release();
    }
  });

  it('rolls back every statement of a batch when the one before COMMIT fails', async () => {
    const { prosecutor, caseId } = await openPueblaCase();
    const actor = {
      userId: prosecutor.userId,
      agencyId: bed.agencies.puebla,
      roles: ['prosecutor' as const],
    };
    const attempt = withActorBatched(bed.database, actor, async () => ({
      result: null,
      withCommit: [
        {
          sql: `INSERT INTO audit_entries (action, record_type, record_id) VALUES ('case.read', 'case', $1)`,
          parameters: [caseId],
        },
        { sql: `SELECT 1 / 0`, parameters: [] },
      ],
    }));
    await expect(attempt).rejects.toThrow(/division by zero/);
    expect(await auditCount(bed.database.owner, 'case.read', caseId)).toBe(0);
  });
});
