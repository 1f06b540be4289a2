import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agency, signedInClient } from '../support/sessions.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

let database: TestDatabase;
let server: TestApp;
let puebla: string;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestApp(database);
  puebla = await agency(database, 'FGE-PUE', { type: 'state_prosecutor', level: 'state', state: 'PUE' });
});
afterAll(async () => {
  await server.close();
  await database.close();
});

async function caseWithTwoPeople() {
  const prosecutor = await signedInClient(database, server.baseUrl, puebla, ['prosecutor']);
  const caseId = (await prosecutor.call('POST', '/api/v1/cases', { stateCode: 'PUE' })).body.id as string;
  const add = async () =>
    (await prosecutor.call('POST', `/api/v1/cases/${caseId}/people`, { role: 'survivor' })).body.id as string;
  return { prosecutor, caseId, first: await add(), second: await add() };
}

describe('screenings kept on a case', () => {
  it('records an interview by instrument and answers and lists it with who screened', async () => {
    const { prosecutor, caseId, first } = await caseWithTwoPeople();
    const recorded = await prosecutor.call('POST', `/api/v1/cases/${caseId}/screenings`, {
      personId: first,
      instrument: 'children.short',
      answers: { 'child.age': 16, 'child.recruitment': 'yes', 'child.sexual_exploitation': 'yes' },
    });
    expect(recorded.status).toBe(201);
    const listed = await prosecutor.call('GET', `/api/v1/cases/${caseId}/screenings`);
    expect(listed.body.items).toEqual([
      expect.objectContaining({
        personId: first,
        instrument: { id: 'children.short', version: '1.0.0' },
        result: expect.objectContaining({ result: 'trafficking_indicated' }),
        screenedBy: { displayName: expect.stringMatching(/^usuario-prueba-/), agencyCode: 'FGE-PUE' },
      }),
    ]);
  });
});

describe('GET /api/v1/cases/:caseId/identification', () => {
  it('gives the latest decision of each person who has one, with who decided', async () => {
    const { prosecutor, caseId, first } = await caseWithTwoPeople();
    const decide = (status: string) =>
      prosecutor.call('POST', `/api/v1/cases/${caseId}/people/${first}/identification`, {
        status,
        reason: 'Entrevista inicial con indicios claros',
      });
    expect((await decide('possible_victim')).status).toBe(201);
    expect((await decide('confirmed_victim')).status).toBe(201);
    const listed = await prosecutor.call('GET', `/api/v1/cases/${caseId}/identification`);
    expect(listed.status).toBe(200);
    expect(listed.body.items).toEqual([
      {
        personId: first,
        status: 'confirmed_victim',
        decidedAt: expect.any(String),
        decidedBy: { displayName: expect.stringMatching(/^usuario-prueba-/), agencyCode: 'FGE-PUE' },
      },
    ]);
  });

  it('is closed to those who may not read the case', async () => {
    const { caseId } = await caseWithTwoPeople();
    const chiapas = await agency(database, 'FGE-CHP', {
      type: 'state_prosecutor',
      level: 'state',
      state: 'CHP',
    });
    const outsider = await signedInClient(database, server.baseUrl, chiapas, ['prosecutor']);
    expect((await outsider.call('GET', `/api/v1/cases/${caseId}/identification`)).status).toBe(404);
  });
});
