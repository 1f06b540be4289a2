import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/platform/auth/create-user.ts';
import { withActor } from '../../src/platform/db/with-actor.ts';
import { openAccessBed } from '../support/access-bed.ts';
import { ifMatch } from '../support/case-records.ts';
import { consentToServices, providerWithService } from '../support/referrals.ts';
import { agency } from '../support/sessions.ts';
import { client } from '../support/test-app.ts';
import { caseWithTransfer } from '../support/transfers.ts';

/**
 * Suspending an institution: its people lose access at once and cannot sign in, nothing new reaches it,
 * and its records stay visible to everyone who could see them; reinstating it lets its people back in.
 */
const bed = openAccessBed();
type Client = Awaited<ReturnType<typeof bed.signedIn>>;
const PASSWORD = 'correct horse battery staple';
const REASON = 'Oficio de la Fiscalía General: investigación por complicidad de funcionarios';
let administrator: Client;
let serial = 0;

beforeAll(async () => {
  administrator = await bed.signedIn(bed.agencies.platform, ['administrator']);
});

const stateProsecutor = (state: string) =>
  agency(bed.database, `FGE-${state}-${++serial}`, { type: 'state_prosecutor', level: 'state', state });
const codeOf = async (agencyId: string): Promise<string> =>
  (await bed.database.owner.query('SELECT code FROM agencies WHERE id = $1', [agencyId])).rows[0].code;
const statusPath = (agencyId: string, change: 'suspension' | 'reinstatement') =>
  `/api/v1/agencies/${agencyId}/${change}`;
const suspend = (agencyId: string, version = 1, by: Client = administrator) =>
  by.call('POST', statusPath(agencyId, 'suspension'), { reason: REASON }, ifMatch(version));
const reinstate = (agencyId: string, version: number) =>
  administrator.call(
    'POST',
    statusPath(agencyId, 'reinstatement'),
    { reason: 'Concluyó la investigación sin responsabilidad' },
    ifMatch(version),
  );
const stored = async (agencyId: string) =>
  (
    await bed.database.owner.query(
      `SELECT a.disabled_at IS NOT NULL AS suspended, a.version,
              (SELECT count(*)::int FROM agency_status_changes c WHERE c.agency_id = a.id) AS changes
       FROM agencies a WHERE a.id = $1`,
      [agencyId],
    )
  ).rows[0];
const auditOf = async (action: string, recordId: string) =>
  (
    await bed.database.owner.query(
      'SELECT reason, details, actor_user_id FROM audit_entries WHERE action = $1 AND record_id = $2 ORDER BY id',
      [action, recordId],
    )
  ).rows;

async function accountWithPassword(agencyCode: string) {
  const username = `agente.suspension.${++serial}`;
  const { id } = await createUser(bed.database.db, {
    username,
    displayName: 'Persona de prueba',
    password: PASSWORD,
    agency: agencyCode,
    roles: ['auditor'],
  });
  const signIn = (language = 'es-MX', password = PASSWORD) => {
    const session = client(bed.server.baseUrl, language);
    return Object.assign(session, {
      response: session.call('POST', '/api/v1/session', { username, password }),
    });
  };
  return { id, signIn };
}

describe('suspending an institution', () => {
  it('ends every session of its people at once, refuses their sign-in by name of the cause, and audits it', async () => {
    const agencyId = await stateProsecutor('TLA');
    const account = await accountWithPassword(await codeOf(agencyId));
    const withPassword = account.signIn();
    expect((await withPassword.response).status).toBe(200);
    const investigator = await bed.signedIn(agencyId, ['investigator']);
    expect((await investigator.call('GET', '/api/v1/session')).status).toBe(200);

    const read = await administrator.call('GET', `/api/v1/agencies/${agencyId}`);
    expect([read.status, read.headers.get('etag'), read.body.status]).toEqual([200, '"1"', 'active']);
    const suspended = await suspend(agencyId);
    expect(suspended.status).toBe(200);
    expect(suspended.headers.get('etag')).toBe('"2"');
    expect(suspended.body).toMatchObject({ status: 'suspended', disabled: true, version: 2 });
    expect(suspended.body.statusChanges).toEqual([
      {
        status: 'suspended',
        version: 2,
        reason: REASON,
        changedBy: { displayName: expect.any(String) },
        changedAt: expect.any(String),
      },
    ]);

    // The next request of each of its people answers 401, whichever way they had signed in.
    expect((await withPassword.call('GET', '/api/v1/session')).status).toBe(401);
    expect((await investigator.call('GET', '/api/v1/cases')).status).toBe(401);
    const live = await bed.database.owner.query(
      `SELECT count(*)::int AS n FROM sessions s JOIN users u ON u.id = s.user_id
       WHERE u.agency_id = $1 AND s.revoked_at IS NULL`,
      [agencyId],
    );
    expect(live.rows[0].n).toBe(0);

    const spanish = await account.signIn('es-MX').response;
    expect([spanish.status, spanish.body.code]).toEqual([403, 'sign_in_agency_suspended']);
    expect(spanish.body.detail).toMatch(/suspendido/);
    expect(spanish.setCookie).toBeNull();
    const english = await account.signIn('en').response;
    expect(english.body.detail).toMatch(/suspended/);
    // Without the password, nothing is revealed: the usual answer for any failed sign-in.
    const guessed = await account.signIn('es-MX', 'not the password').response;
    expect([guessed.status, guessed.body.code]).toEqual([401, 'invalid_credentials']);

    // The database refuses a session for them even if the application forgot to check.
    await expect(
      bed.database.owner.query(
        `INSERT INTO sessions (token_hash, user_id, idle_expires_at, absolute_expires_at)
         VALUES (decode(repeat('ab', 32), 'hex'), $1, now() + interval '1 hour', now() + interval '2 hours')`,
        [account.id],
      ),
    ).rejects.toThrow(/suspended/);

    const [entry] = await auditOf('agency.suspend', agencyId);
    expect(entry).toMatchObject({
      reason: REASON,
      actor_user_id: administrator.userId,
      details: { version: 2, endedSessions: 2 },
    });
    expect(await auditOf('session.sign_in_refused', account.id)).toHaveLength(2);
  });

  it('is undone by a reinstatement: its people sign in again, but the sessions it ended stay ended', async () => {
    const agencyId = await stateProsecutor('ZAC');
    const account = await accountWithPassword(await codeOf(agencyId));
    const before = account.signIn();
    expect((await before.response).status).toBe(200);
    expect((await suspend(agencyId)).status).toBe(200);

    const reinstated = await reinstate(agencyId, 2);
    expect(reinstated.status).toBe(200);
    expect(reinstated.body).toMatchObject({
      status: 'active',
      disabled: false,
      version: 3,
      suspendedAt: null,
    });
    expect(reinstated.body.statusChanges.map((change: { status: string }) => change.status)).toEqual([
      'active',
      'suspended',
    ]);
    expect((await before.call('GET', '/api/v1/session')).status).toBe(401);
    const after = account.signIn();
    expect((await after.response).status).toBe(200);
    expect((await after.call('GET', '/api/v1/session')).status).toBe(200);
    expect(await auditOf('agency.reinstate', agencyId)).toEqual([
      expect.objectContaining({ reason: 'Concluyó la investigación sin responsabilidad' }),
    ]);
    const directory = await administrator.call('GET', '/api/v1/agencies');
    expect(directory.body.items.map((item: { id: string }) => item.id)).toContain(agencyId);
  });

  it('takes it out of the pickers and routes nothing new to it, naming it to the sender', async () => {
    const prosecutor = await bed.signedIn(bed.agencies.puebla, ['prosecutor']);
    const caseId = (await prosecutor.call('POST', '/api/v1/cases', { stateCode: 'PUE' })).body.id;
    const survivorId = (
      await prosecutor.call('POST', `/api/v1/cases/${caseId}/people`, {
        role: 'survivor',
        sex: 'female',
        birthYear: 1995,
        nationality: 'MX',
        needs: ['shelter'],
      })
    ).body.id;
    const target = await stateProsecutor('OAX');
    const targetCode = await codeOf(target);
    const provider = await providerWithService(bed, { service: { states: ['PUE'] } });
    await consentToServices(prosecutor, caseId, survivorId, provider.code);
    const proposed = await prosecutor.call('POST', `/api/v1/cases/${caseId}/referrals`, {
      personId: survivorId,
      serviceId: provider.serviceId,
      send: false,
    });
    expect(proposed.status).toBe(201);
    expect((await suspend(target)).status).toBe(200);
    expect((await suspend(provider.agencyId)).status).toBe(200);
    const counts = async () =>
      (
        await bed.database.owner.query(
          `SELECT (SELECT count(*)::int FROM case_shares) AS shares,
                  (SELECT count(*)::int FROM case_transfers) AS transfers,
                  (SELECT count(*)::int FROM referrals) AS referrals,
                  (SELECT count(*)::int FROM referrals WHERE status = 'sent') AS sent`,
        )
      ).rows[0];
    const before = await counts();

    const shared = await prosecutor.call('POST', `/api/v1/cases/${caseId}/shares`, {
      agencyCode: targetCode,
      reason: 'Posible competencia de otra entidad',
    });
    expect([shared.status, shared.body.code]).toEqual([409, 'agency_suspended']);
    expect(shared.body.detail).toContain(targetCode);
    const transfer = await prosecutor.call('POST', `/api/v1/cases/${caseId}/transfers`, {
      toAgencyCode: targetCode,
      reason: 'Los hechos ocurrieron en otra entidad',
    });
    expect([transfer.status, transfer.body.code]).toEqual([409, 'agency_suspended']);
    const referral = await prosecutor.call('POST', `/api/v1/cases/${caseId}/referrals`, {
      personId: survivorId,
      serviceId: provider.serviceId,
    });
    expect([referral.status, referral.body.code]).toEqual([409, 'agency_suspended']);
    expect(referral.body.detail).toContain(provider.code);
    const sent = await prosecutor.call(
      'POST',
      `/api/v1/referrals/${proposed.body.id}/transitions`,
      { to: 'sent' },
      ifMatch(proposed.body.version),
    );
    expect([sent.status, sent.body.code]).toEqual([409, 'agency_suspended']);
    expect(await counts()).toEqual(before);

    const directory = await prosecutor.call('GET', '/api/v1/agencies');
    const codes = directory.body.items.map((item: { code: string }) => item.code);
    expect(codes).not.toContain(targetCode);
    expect(codes).not.toContain(provider.code);
    expect(codes).toContain('FEVIMTRA');

    // The database refuses the same even from a query that skipped the application's check.
    const actor = {
      userId: prosecutor.userId,
      agencyId: bed.agencies.puebla,
      roles: ['prosecutor' as const],
    };
    await expect(
      withActor(bed.database.db, actor, (trx) =>
        sql`INSERT INTO case_shares (case_id, agency_id, reason, shared_by)
            VALUES (${caseId}, ${target}, 'Prueba directa', ${prosecutor.userId})`.execute(trx),
      ),
    ).rejects.toThrow(/suspended/);
  });

  it('keeps its records, still visible to every institution that could see them', async () => {
    const hidalgo = await stateProsecutor('HID');
    const owner = await bed.signedIn(hidalgo, ['prosecutor']);
    const caseId = (await owner.call('POST', '/api/v1/cases', { stateCode: 'HID' })).body.id;
    const personId = (
      await owner.call('POST', `/api/v1/cases/${caseId}/people`, { role: 'survivor', sex: 'female' })
    ).body.id;
    const shared = await owner.call('POST', `/api/v1/cases/${caseId}/shares`, {
      agencyCode: 'FGE-PUE',
      reason: 'La víctima reside en Puebla',
    });
    expect(shared.status).toBe(201);
    const reader = await bed.signedIn(bed.agencies.puebla, ['investigator']);
    const seenBefore = await reader.call('GET', `/api/v1/cases/${caseId}`);
    expect(seenBefore.status).toBe(200);

    expect((await suspend(hidalgo)).status).toBe(200);
    expect((await owner.call('GET', `/api/v1/cases/${caseId}`)).status).toBe(401);
    const seenAfter = await reader.call('GET', `/api/v1/cases/${caseId}`);
    expect(seenAfter.status).toBe(200);
    expect(seenAfter.body.id).toBe(caseId);
    expect((await reader.call('GET', `/api/v1/cases/${caseId}/people`)).body.items).toEqual([
      expect.objectContaining({ id: personId }),
    ]);
    const kept = await bed.database.owner.query('SELECT owning_agency_id FROM cases WHERE id = $1', [caseId]);
    expect(kept.rows[0].owning_agency_id).toBe(hidalgo);
  });
});

describe('the cases a suspended institution owns', () => {
  it('stay with it, and a transfer it asked for before the suspension may still be accepted', async () => {
    const sonora = await stateProsecutor('SON');
    const owner = await bed.signedIn(sonora, ['prosecutor']);
    const { caseId, transferId } = await caseWithTransfer(owner);
    const kept = (await caseWithTransfer(owner, 'FGE-PUE')).caseId;
    expect((await suspend(sonora)).status).toBe(200);

    const federal = await bed.signedIn(bed.agencies.fevimtra, ['prosecutor']);
    const accepted = await federal.call('POST', `/api/v1/transfers/${transferId}/response`, { accept: true });
    expect(accepted.body).toEqual({ caseId, status: 'accepted' });
    const owners = await bed.database.owner.query(
      'SELECT id, owning_agency_id FROM cases WHERE id = ANY($1::uuid[])',
      [[caseId, kept]],
    );
    expect(Object.fromEntries(owners.rows.map((row) => [row.id, row.owning_agency_id]))).toEqual({
      [caseId]: bed.agencies.fevimtra,
      [kept]: sonora,
    });
    expect((await federal.call('GET', `/api/v1/cases/${caseId}`)).status).toBe(200);
  });
});

describe('who may suspend or reinstate, and what is refused', () => {
  it('is the platform operator’s administrators only: anyone else gets 404 and nothing changes', async () => {
    const agencyId = await stateProsecutor('COL');
    const own = await bed.signedIn(agencyId, ['administrator']);
    const stateAdministrator = await bed.signedIn(bed.agencies.puebla, ['administrator']);
    const platformAuditor = await bed.signedIn(bed.agencies.platform, ['auditor']);
    for (const caller of [own, stateAdministrator, platformAuditor]) {
      expect((await suspend(agencyId, 1, caller)).status).toBe(404);
      expect((await caller.call('GET', `/api/v1/agencies/${agencyId}`)).status).toBe(404);
    }
    expect(await stored(agencyId)).toEqual({ suspended: false, version: 1, changes: 0 });
    expect(await auditOf('agency.suspend', agencyId)).toEqual([]);

    // Row-level security and the guard hold it too, as the application role with any other actor.
    const actor = {
      userId: stateAdministrator.userId,
      agencyId: bed.agencies.puebla,
      roles: ['administrator'] as const,
    };
    await expect(
      withActor(bed.database.db, { ...actor, roles: [...actor.roles] }, (trx) =>
        sql`UPDATE agencies SET disabled_at = now() WHERE id = ${agencyId}`.execute(trx),
      ),
    ).rejects.toThrow(/platform's administrators/);
    await expect(
      withActor(bed.database.db, { ...actor, roles: [...actor.roles] }, (trx) =>
        sql`INSERT INTO agency_status_changes (agency_id, version, status, reason)
            VALUES (${agencyId}, 2, 'suspended', ${REASON})`.execute(trx),
      ),
    ).rejects.toThrow(/row-level security/);
    expect(await stored(agencyId)).toEqual({ suspended: false, version: 1, changes: 0 });
  });

  it('refuses bad input with a clear error and changes nothing', async () => {
    const agencyId = await stateProsecutor('NAY');
    const post = (body: unknown, headers: Record<string, string> = ifMatch(1)) =>
      administrator.call('POST', statusPath(agencyId, 'suspension'), body, headers);

    const short = await post({ reason: 'porque sí' });
    expect([short.status, short.body.code]).toEqual([400, 'validation_failed']);
    expect(short.body.errors.map((error: { path: string }) => error.path)).toEqual(['reason']);
    expect((await post({})).status).toBe(400);
    expect((await post({ reason: REASON, status: 'suspended' })).status).toBe(400);
    const unversioned = await post({ reason: REASON }, {});
    expect([unversioned.status, unversioned.body.code]).toEqual([428, 'precondition_required']);
    const stale = await post({ reason: REASON }, ifMatch(7));
    expect([stale.status, stale.body.code, stale.headers.get('etag')]).toEqual([
      412,
      'version_conflict',
      '"1"',
    ]);
    const unknown = await administrator.call(
      'POST',
      statusPath('00000000-0000-4000-8000-000000000000', 'suspension'),
      { reason: REASON },
      ifMatch(1),
    );
    expect(unknown.status).toBe(404);
    expect(
      (
        await administrator.call(
          'POST',
          '/api/v1/agencies/no-es-un-id/suspension',
          { reason: REASON },
          ifMatch(1),
        )
      ).status,
    ).toBe(400);
    const notSuspended = await reinstate(agencyId, 1);
    expect([notSuspended.status, notSuspended.body.code]).toEqual([409, 'agency_not_suspended']);
    const operator = await suspend(bed.agencies.platform);
    expect([operator.status, operator.body.code]).toEqual([409, 'agency_operator_not_suspendable']);
    expect(await stored(agencyId)).toEqual({ suspended: false, version: 1, changes: 0 });
    expect(await stored(bed.agencies.platform)).toEqual({ suspended: false, version: 1, changes: 0 });

    expect((await suspend(agencyId)).status).toBe(200);
    const twice = await suspend(agencyId, 2);
    expect([twice.status, twice.body.code]).toEqual([409, 'agency_already_suspended']);
    expect(twice.body.detail).toContain(await codeOf(agencyId));
    // A second administrator who read version 1 learns that someone else acted first.
    const late = await suspend(agencyId, 1);
    expect([late.status, late.body.code]).toEqual([412, 'version_conflict']);
    expect(await stored(agencyId)).toEqual({ suspended: true, version: 2, changes: 1 });
  });
});
