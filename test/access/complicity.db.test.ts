import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/platform/access/roles.ts';
import { agency, signedInClient } from '../support/sessions.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

let database: TestDatabase;
let server: TestApp;
let puebla: string;
let federal: string;
const REASON = 'Riesgo inminente para la víctima; la fiscalía titular no responde';

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestApp(database);
  puebla = await agency(database, 'FGE-PUE', { type: 'state_prosecutor', level: 'state', state: 'PUE' });
  federal = await agency(database, 'FEVIMTRA', { type: 'federal_prosecutor_trafficking', level: 'federal' });
});
afterAll(async () => {
  await server.close();
  await database.close();
});

const signedIn = (agencyId: string, roles: Role[]) =>
  signedInClient(database, server.baseUrl, agencyId, roles);

async function openedCase() {
  const prosecutor = await signedIn(puebla, ['prosecutor']);
  const opened = await prosecutor.call('POST', '/api/v1/cases', { stateCode: 'PUE' });
  expect(opened.status).toBe(201);
  return { id: opened.body.id as string, prosecutor };
}

describe('complicity safeguards', () => {
  it('a user who declares a conflict of interest loses the case; colleagues keep it', async () => {
    const { id, prosecutor } = await openedCase();
    const investigator = await signedIn(puebla, ['investigator']);
    expect((await investigator.call('POST', `/api/v1/cases/${id}/conflict-of-interest`)).status).toBe(204);
    expect((await investigator.call('GET', `/api/v1/cases/${id}`)).status).toBe(404);
    expect((await prosecutor.call('GET', `/api/v1/cases/${id}`)).status).toBe(200);
  });

  it('a case whose suspect is an official of the owning agency is walled off from that agency', async () => {
    const { id, prosecutor } = await openedCase();
    await database.owner.query(
      `INSERT INTO case_walls (case_id, agency_id, cause) VALUES ($1, $2, 'official_suspect')`,
      [id, puebla],
    );
    expect((await prosecutor.call('GET', `/api/v1/cases/${id}`)).status).toBe(404);
    const list = await prosecutor.call('GET', '/api/v1/cases');
    expect(list.body.items.map((item: { id: string }) => item.id)).not.toContain(id);
  });
});

describe('sharing', () => {
  it('is listed to those who may share, and a revoked share ends access at once', async () => {
    const { id, prosecutor } = await openedCase();
    const shared = await prosecutor.call('POST', `/api/v1/cases/${id}/shares`, {
      agencyCode: 'FEVIMTRA',
      reason: 'Posible competencia federal',
    });
    const federalProsecutor = await signedIn(federal, ['prosecutor']);
    expect((await federalProsecutor.call('GET', `/api/v1/cases/${id}`)).status).toBe(200);
    const list = await prosecutor.call('GET', `/api/v1/cases/${id}/shares`);
    expect(list.body.items).toEqual([
      expect.objectContaining({
        id: shared.body.id,
        agency: expect.objectContaining({ code: 'FEVIMTRA' }),
        revokedAt: null,
      }),
    ]);
    expect((await federalProsecutor.call('GET', `/api/v1/cases/${id}/shares`)).status).toBe(404);
    expect(
      (await federalProsecutor.call('POST', `/api/v1/cases/${id}/shares/${shared.body.id}/revocation`))
        .status,
    ).toBe(404);
    expect(
      (await prosecutor.call('POST', `/api/v1/cases/${id}/shares/${shared.body.id}/revocation`)).status,
    ).toBe(204);
    expect((await federalProsecutor.call('GET', `/api/v1/cases/${id}`)).status).toBe(404);
    expect(
      (await prosecutor.call('POST', `/api/v1/cases/${id}/shares/${shared.body.id}/revocation`)).status,
    ).toBe(404);
  });
});

describe('break-glass access', () => {
  it('lets a supervisor elsewhere read, not change, a case for a limited time, with an audited reason', async () => {
    const { id } = await openedCase();
    const supervisor = await signedIn(federal, ['supervisor']);
    expect((await supervisor.call('GET', `/api/v1/cases/${id}`)).status).toBe(404);
    const grant = await supervisor.call('POST', `/api/v1/cases/${id}/break-glass`, { reason: REASON });
    expect(grant.status).toBe(201);
    expect(new Date(grant.body.expiresAt).getTime()).toBeGreaterThan(Date.now() + 3 * 3_600_000);
    const read = await supervisor.call('GET', `/api/v1/cases/${id}`);
    expect(read.body).toMatchObject({ relation: 'break_glass', breakGlassUntil: grant.body.expiresAt });
    expect(read.body.allowedActions).not.toContain('case.share');
    const share = await supervisor.call('POST', `/api/v1/cases/${id}/shares`, {
      agencyCode: 'FEVIMTRA',
      reason: 'No debería poder compartir',
    });
    expect(share.status).toBe(404);
    const audit = await database.owner.query(
      `SELECT reason, details FROM audit_entries WHERE action = 'case.break_glass' AND record_id = $1`,
      [id],
    );
    expect(audit.rows).toEqual([
      { reason: REASON, details: expect.objectContaining({ alert: 'agency_auditors' }) },
    ]);
  });

  it('ends when the grant expires', async () => {
    const { id } = await openedCase();
    const supervisor = await signedIn(federal, ['supervisor']);
    await supervisor.call('POST', `/api/v1/cases/${id}/break-glass`, { reason: REASON });
    await database.owner.query(
      `UPDATE break_glass_grants SET granted_at = now() - interval '5 hours', expires_at = now() - interval '1 hour' WHERE case_id = $1`,
      [id],
    );
    expect((await supervisor.call('GET', `/api/v1/cases/${id}`)).status).toBe(404);
  });

  it('is refused to walled supervisors, to other roles, to unknown cases and without a real reason', async () => {
    const { id } = await openedCase();
    await database.owner.query(
      `INSERT INTO case_walls (case_id, agency_id, cause) VALUES ($1, $2, 'official_suspect')`,
      [id, puebla],
    );
    const walled = await signedIn(puebla, ['supervisor']);
    expect((await walled.call('POST', `/api/v1/cases/${id}/break-glass`, { reason: REASON })).status).toBe(
      404,
    );
    expect((await walled.call('GET', `/api/v1/cases/${id}`)).status).toBe(404);
    const investigator = await signedIn(federal, ['investigator']);
    expect(
      (await investigator.call('POST', `/api/v1/cases/${id}/break-glass`, { reason: REASON })).status,
    ).toBe(404);
    const supervisor = await signedIn(federal, ['supervisor']);
    const unknown = await supervisor.call(
      'POST',
      '/api/v1/cases/00000000-0000-4000-8000-000000000000/break-glass',
      { reason: REASON },
    );
    expect(unknown.status).toBe(404);
    const terse = await supervisor.call('POST', `/api/v1/cases/${id}/break-glass`, { reason: 'urgente' });
    expect(terse.status).toBe(400);
    expect(terse.body.errors[0].path).toBe('reason');
  });
});
