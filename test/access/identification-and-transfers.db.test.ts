import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/platform/access/roles.ts';
import { agency, signedInClient } from '../support/sessions.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

let database: TestDatabase;
let server: TestApp;
let puebla: string;
let fevimtra: string;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestApp(database);
  puebla = await agency(database, 'FGE-PUE', { type: 'state_prosecutor', level: 'state', state: 'PUE' });
  fevimtra = await agency(database, 'FEVIMTRA', { type: 'federal_prosecutor_trafficking', level: 'federal' });
  await agency(database, 'FGE-CHP', { type: 'state_prosecutor', level: 'state', state: 'CHP' });
});
afterAll(async () => {
  await server.close();
  await database.close();
});

const signedIn = (agencyId: string, roles: Role[]) =>
  signedInClient(database, server.baseUrl, agencyId, roles);

async function caseWithSurvivor() {
  const prosecutor = await signedIn(puebla, ['prosecutor']);
  const caseId = (await prosecutor.call('POST', '/api/v1/cases', { stateCode: 'PUE' })).body.id as string;
  const personId = (
    await prosecutor.call('POST', `/api/v1/cases/${caseId}/people`, { role: 'survivor', birthYear: 2010 })
  ).body.id as string;
  return { prosecutor, caseId, personId };
}

const CHILD_LOOKOUT = {
  age: 15,
  acts: ['recruitment'],
  means: [],
  purposes: ['forced_criminality'],
  indicators: [],
};

describe('screening and identification on a case', () => {
  it('keeps the screening with its rules version and lets an authorised role decide the status', async () => {
    const { prosecutor, caseId, personId } = await caseWithSurvivor();
    const screened = await prosecutor.call('POST', `/api/v1/cases/${caseId}/screenings`, {
      personId,
      facts: CHILD_LOOKOUT,
    });
    expect(screened.status).toBe(201);
    expect(screened.body).toMatchObject({
      personId,
      rulesVersion: 'screening-rules/1',
      result: { result: 'trafficking_indicated', child: true },
    });
    const listed = await prosecutor.call('GET', `/api/v1/cases/${caseId}/screenings`);
    expect(listed.body.items).toHaveLength(1);
    const decided = await prosecutor.call(
      'POST',
      `/api/v1/cases/${caseId}/people/${personId}/identification`,
      {
        status: 'confirmed_victim',
        reason: 'Entrevista y tamizaje concluyentes',
      },
    );
    expect(decided.status).toBe(201);
    expect(decided.body.status).toBe('confirmed_victim');
  });

  it('refuses unknown instruments, consent fields, outsiders and roles that may not decide', async () => {
    const { prosecutor, caseId, personId } = await caseWithSurvivor();
    const unknown = await prosecutor.call('POST', `/api/v1/cases/${caseId}/screenings`, {
      instrument: 'nadie.corto',
      answers: {},
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.code).toBe('unknown_instrument');
    const consent = await prosecutor.call('POST', `/api/v1/cases/${caseId}/screenings`, {
      facts: { ...CHILD_LOOKOUT, consent: true },
    });
    expect(consent.status).toBe(400);
    const outsider = await signedIn(fevimtra, ['prosecutor']);
    expect(
      (await outsider.call('POST', `/api/v1/cases/${caseId}/screenings`, { facts: CHILD_LOOKOUT })).status,
    ).toBe(404);
    expect((await outsider.call('GET', `/api/v1/cases/${caseId}/screenings`)).status).toBe(404);
    const statistician = await signedIn(puebla, ['statistician']);
    expect((await statistician.call('GET', `/api/v1/cases/${caseId}/screenings`)).status).toBe(404);
    expect((await statistician.call('GET', '/api/v1/transfers')).body.items).toEqual([]);
    const shelter = await signedIn(puebla, ['shelter_staff']);
    const denied = await shelter.call('POST', `/api/v1/cases/${caseId}/people/${personId}/identification`, {
      status: 'not_a_victim',
      reason: 'No debería poder decidirlo',
    });
    expect(denied.status).toBe(404);
  });
});

describe('jurisdiction and transfers', () => {
  it('keeps the decision, moves the case when the receiving authority accepts, and keeps the former owner informed', async () => {
    const { prosecutor, caseId } = await caseWithSurvivor();
    const decided = await prosecutor.call('POST', `/api/v1/cases/${caseId}/jurisdiction`, {
      state: 'PUE',
      transnational: false,
      organizedCrime: false,
      federalTerritory: false,
      officialInvolved: true,
      suspectCount: 1,
      forms: ['forced_labour'],
    });
    expect(decided.status).toBe(201);
    expect(decided.body).toMatchObject({
      decision: 'federal',
      authority: 'FEVIMTRA',
      rulesVersion: 'jurisdiction-rules/1',
    });

    const requested = await prosecutor.call('POST', `/api/v1/cases/${caseId}/transfers`, {
      toAgencyCode: 'FEVIMTRA',
      reason: 'Servidor público involucrado: competencia federal',
    });
    expect(requested.status).toBe(201);
    const again = await prosecutor.call('POST', `/api/v1/cases/${caseId}/transfers`, {
      toAgencyCode: 'FGE-CHP',
      reason: 'Segunda solicitud simultánea',
    });
    expect(again.status).toBe(409);

    const federal = await signedIn(fevimtra, ['prosecutor']);
    const inbox = await federal.call('GET', '/api/v1/transfers');
    expect(inbox.body.items).toEqual([
      expect.objectContaining({ caseId, direction: 'incoming', status: 'pending', overdue: false }),
    ]);
    expect((await federal.call('GET', `/api/v1/cases/${caseId}`)).status).toBe(404);

    const stranger = await signedIn(puebla, ['investigator']);
    expect(
      (await stranger.call('POST', `/api/v1/transfers/${requested.body.id}/response`, { accept: true }))
        .status,
    ).toBe(404);

    const accepted = await federal.call('POST', `/api/v1/transfers/${requested.body.id}/response`, {
      accept: true,
    });
    expect(accepted.body).toEqual({ caseId, status: 'accepted' });
    const owned = await federal.call('GET', `/api/v1/cases/${caseId}`);
    expect(owned.body).toMatchObject({ relation: 'owner', owningAgency: { code: 'FEVIMTRA' } });
    const former = await prosecutor.call('GET', `/api/v1/cases/${caseId}`);
    expect(former.body.relation).toBe('shared');
    expect(former.body.allowedActions).not.toContain('case.share');
    expect(former.body.owningAgency.code).toBe('FEVIMTRA');
  });

  it('shows overdue requests as such and lets the receiver decline with a reason', async () => {
    const { prosecutor, caseId } = await caseWithSurvivor();
    const requested = await prosecutor.call('POST', `/api/v1/cases/${caseId}/transfers`, {
      toAgencyCode: 'FEVIMTRA',
      reason: 'Posible víctima extranjera',
    });
    await database.owner.query(
      `UPDATE case_transfers SET requested_at = now() - interval '4 days', respond_by = now() - interval '1 day' WHERE id = $1`,
      [requested.body.id],
    );
    const outgoing = await prosecutor.call('GET', '/api/v1/transfers');
    expect(outgoing.body.items.find((item: { id: string }) => item.id === requested.body.id)).toMatchObject({
      direction: 'outgoing',
      overdue: true,
    });
    const federal = await signedIn(fevimtra, ['supervisor']);
    const declined = await federal.call('POST', `/api/v1/transfers/${requested.body.id}/response`, {
      accept: false,
      reason: 'No hay elementos de competencia federal',
    });
    expect(declined.body.status).toBe('declined');
    expect((await prosecutor.call('GET', `/api/v1/cases/${caseId}`)).body.owningAgency.code).toBe('FGE-PUE');
  });
});
