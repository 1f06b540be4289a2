import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/platform/auth/create-user.ts';
import { client, startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

let database: TestDatabase;
let server: TestApp;
let signedIn: ReturnType<typeof client>;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestApp(database);
  const password = 'contraseña de prueba larga';
  await createUser(database.db, { username: 'tamizaje', displayName: 'T', password, agency: 'ENLACE' });
  signedIn = client(server.baseUrl);
  await signedIn.call('POST', '/api/v1/session', { username: 'tamizaje', password });
});
afterAll(async () => {
  await server.close();
  await database.close();
});

const CHILD_LOOKOUT = {
  age: 15,
  acts: ['recruitment', 'harbouring'],
  means: [],
  purposes: ['forced_criminality'],
  indicators: [],
  smuggling: null,
};

describe('POST /api/v1/screening/classify', () => {
  it('classifies a child forced into criminal activity as trafficking, with reasons in both languages', async () => {
    const response = await signedIn.call('POST', '/api/v1/screening/classify', CHILD_LOOKOUT);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      result: 'trafficking_indicated',
      child: true,
      palermo: { act: true, means: 'not_required', purpose: true },
      forms: ['forced_criminality'],
    });
    const rules = response.body.reasons.map((reason: { rule: string }) => reason.rule);
    expect(rules).toContain('child_no_means_required');
    for (const reason of response.body.reasons) expect(reason.es && reason.en).toBeTruthy();
  });

  it('refuses a consent field and names it', async () => {
    const response = await signedIn.call('POST', '/api/v1/screening/classify', {
      ...CHILD_LOOKOUT,
      consent: true,
    });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      expect.objectContaining({
        code: 'unrecognized_keys',
        message: 'solicitud: campo no permitido: consent',
      }),
    ]);
  });

  it('needs a signed-in user', async () => {
    const response = await client(server.baseUrl).call('POST', '/api/v1/screening/classify', CHILD_LOOKOUT);
    expect(response.status).toBe(401);
  });
});

describe('POST /api/v1/jurisdiction/decide', () => {
  const facts = {
    state: 'PUE',
    transnational: false,
    organizedCrime: false,
    federalTerritory: false,
    officialInvolved: false,
    suspectCount: 2,
    forms: ['sexual_exploitation'],
  };

  it('routes a domestic case to the state prosecutor and an official to FEVIMTRA', async () => {
    const state = await signedIn.call('POST', '/api/v1/jurisdiction/decide', facts);
    expect(state.body).toMatchObject({
      decision: 'state',
      authority: 'STATE_PROSECUTOR',
      state: 'PUE',
      missing: [],
    });
    const official = await signedIn.call('POST', '/api/v1/jurisdiction/decide', {
      ...facts,
      officialInvolved: true,
    });
    expect(official.body).toMatchObject({ decision: 'federal', authority: 'FEVIMTRA' });
  });

  it('says what is missing while undetermined', async () => {
    const response = await signedIn.call('POST', '/api/v1/jurisdiction/decide', {
      ...facts,
      transnational: null,
    });
    expect(response.body).toMatchObject({
      decision: 'undetermined',
      authority: null,
      missing: ['transnational'],
    });
  });

  it('rejects an unknown state code with a field error', async () => {
    const response = await signedIn.call('POST', '/api/v1/jurisdiction/decide', { ...facts, state: 'XXX' });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].path).toBe('state');
  });
});
