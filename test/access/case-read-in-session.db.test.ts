import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { readCaseInSession } from '../../src/modules/cases/read-case.ts';
import type { SessionOpening } from '../../src/platform/auth/session-read.ts';
import { hashSessionToken } from '../../src/platform/auth/session-token.ts';
import { ProblemError } from '../../src/platform/http/problem.ts';
import { openAccessBed } from '../support/access-bed.ts';
import { auditCount } from '../support/case-files.ts';

// A case read resolves its session in its own first statement (readCaseInSession, migration 0048), and
// sets the actor's settings from the session's row in SQL. These tests would fail if a session the
// rest of the API refuses could read a case, if the audit entry named anyone but the session's user and
// request, or if the settings outlived the read.

const bed = openAccessBed();
const timeouts = { idleMinutes: 30, absoluteHours: 12 };

const openPueblaCase = async () => {
  const prosecutor = await bed.signedIn(bed.agencies.puebla, ['prosecutor']);
  const opened = await prosecutor.call('POST', '/api/v1/cases', { stateCode: 'PUE' });
  expect(opened.status).toBe(201);
  return { prosecutor, caseId: opened.body.id as string };
};

const tokenOf = (cookie: string | undefined) => cookie!.slice('enlace_session='.length);

const idleExpiryOf = async (userId: string) =>
  (
    await bed.database.owner.query<{ idle: Date }>(
      'SELECT idle_expires_at AS idle FROM sessions WHERE user_id = $1',
      [userId],
    )
  ).rows[0]!.idle;

const expectUnauthenticated = (answer: {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}) => {
  expect(answer.status).toBe(401);
  expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(answer.body).toMatchObject({ status: 401, code: 'unauthenticated' });
};

describe('a case read whose session travels with it', () => {
  it("audits the read under the session's user, agency, roles and the request's own id", async () => {
    const { prosecutor, caseId } = await openPueblaCase();
    const read = await prosecutor.call('GET', `/api/v1/cases/${caseId}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id: caseId, relation: 'owner' });
    const entries = await bed.database.owner.query(
      `SELECT actor_user_id, actor_agency_id, actor_roles, request_id FROM audit_entries
       WHERE action = 'case.read' AND record_id = $1`,
      [caseId],
    );
    expect(entries.rows).toEqual([
      {
        actor_user_id: prosecutor.userId,
        actor_agency_id: bed.agencies.puebla,
        actor_roles: ['prosecutor'],
        request_id: read.headers.get('x-request-id'),
      },
    ]);
  });

  it('refuses every session the rest of the API refuses, with 401 and no entry', async () => {
    const spoil = {
      'idle-expired': (userId: string) =>
        bed.database.owner.query(
          "UPDATE sessions SET idle_expires_at = now() - interval '1 second' WHERE user_id = $1",
          [userId],
        ),
      'past its absolute expiry': (userId: string) =>
        bed.database.owner.query(
          "UPDATE sessions SET absolute_expires_at = now() - interval '1 second' WHERE user_id = $1",
          [userId],
        ),
      'half-authenticated': (userId: string) =>
        bed.database.owner.query("UPDATE sessions SET pending_step = 'mfa' WHERE user_id = $1", [userId]),
      'of a suspended institution': async () => {
        await bed.database.owner.query('UPDATE agencies SET disabled_at = now() WHERE id = $1', [
          bed.agencies.puebla,
        ]);
      },
    };
    for (const [how, spoilSession] of Object.entries(spoil)) {
      const { prosecutor, caseId } = await openPueblaCase();
      await spoilSession(prosecutor.userId);
      try {
        const refused = await prosecutor.call('GET', `/api/v1/cases/${caseId}`);
        expect(refused.status, how).toBe(401);
        expect(await auditCount(bed.database.owner, 'case.read', caseId), how).toBe(0);
      } finally {
        await bed.database.owner.query('UPDATE agencies SET disabled_at = NULL WHERE id = $1', [
          bed.agencies.puebla,
        ]);
      }
    }
  });

  it('refuses a missing, malformed or forged cookie with 401, reading nothing', async () => {
    const { prosecutor, caseId } = await openPueblaCase();
    const forged = `enlace_session=${Buffer.alloc(32, 7).toString('base64url')}`;
    for (const cookie of [undefined, 'enlace_session=corto', "enlace_session=x'%3B--", forged]) {
      prosecutor.setCookie(cookie);
      expectUnauthenticated(await prosecutor.call('GET', `/api/v1/cases/${caseId}`));
    }
    expect(await auditCount(bed.database.owner, 'case.read', caseId)).toBe(0);
  });

  it('slides the idle expiry of a session that fell behind, and a refused read slides nothing', async () => {
    const { prosecutor, caseId } = await openPueblaCase();
    const outsider = await bed.signedIn(bed.agencies.chiapas, ['prosecutor']);
    for (const reader of [prosecutor, outsider]) {
      await bed.database.owner.query(
        "UPDATE sessions SET idle_expires_at = now() + interval '5 minutes' WHERE user_id = $1",
        [reader.userId],
      );
    }
    const behind = await idleExpiryOf(outsider.userId);
    expect((await prosecutor.call('GET', `/api/v1/cases/${caseId}`)).status).toBe(200);
    expect((await outsider.call('GET', `/api/v1/cases/${caseId}`)).status).toBe(404);
    // The test app's idle timeout is far longer than five minutes.
    expect((await idleExpiryOf(prosecutor.userId)).getTime()).toBeGreaterThan(Date.now() + 10 * 60_000);
    expect(await idleExpiryOf(outsider.userId)).toEqual(behind);
  });
});

describe('readCaseInSession', () => {
  const openingFor = (cookie: string | undefined, admit: SessionOpening['admit']): SessionOpening => ({
    tokenHash: hashSessionToken(tokenOf(cookie)),
    timeouts,
    requestId: 'prueba-sesion',
    admit,
  });

  it("reads as the session's user, and the settings its first statement made vanish with it", async () => {
    const { prosecutor, caseId } = await openPueblaCase();
    // One connection, so the statement after the read runs where the settings were made.
    const single = new pg.Pool({ connectionString: bed.database.appUrl, max: 1 });
    try {
      const admitted: string[] = [];
      const view = await readCaseInSession(
        { app: single },
        openingFor(prosecutor.cookie(), async (session) => {
          admitted.push(session.user.id);
        }),
        caseId,
      );
      expect(admitted).toEqual([prosecutor.userId]);
      expect(view).toMatchObject({ id: caseId, relation: 'owner' });
      const after = await single.query("SELECT coalesce(current_setting('enlace.user_id', true), '') AS who");
      expect(after.rows[0].who).toBe('');
    } finally {
      await single.end();
    }
  });

  it('goes no further than 401 without a live session, and records nothing when admission refuses', async () => {
    const { prosecutor, caseId } = await openPueblaCase();
    const forged = `enlace_session=${Buffer.alloc(32, 9).toString('base64url')}`;
    let admitted = false;
    const attempt = readCaseInSession(
      bed.database,
      openingFor(forged, async () => {
        admitted = true;
      }),
      caseId,
    );
    await expect(attempt).rejects.toMatchObject({ status: 401 });
    expect(admitted).toBe(false);

    await bed.database.owner.query(
      "UPDATE sessions SET idle_expires_at = now() + interval '5 minutes' WHERE user_id = $1",
      [prosecutor.userId],
    );
    const behind = await idleExpiryOf(prosecutor.userId);
    const refused = readCaseInSession(
      bed.database,
      openingFor(prosecutor.cookie(), async () => {
        throw new ProblemError(429, 'rate_limited', { seconds: 1 });
      }),
      caseId,
    );
    await expect(refused).rejects.toMatchObject({ status: 429 });
    expect(await idleExpiryOf(prosecutor.userId)).toEqual(behind);
    expect(await auditCount(bed.database.owner, 'case.read', caseId)).toBe(0);
  });
});
