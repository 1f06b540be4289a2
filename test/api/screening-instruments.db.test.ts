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
  await createUser(database.db, { username: 'entrevista', displayName: 'E', password, agency: 'ENLACE' });
  signedIn = client(server.baseUrl);
  await signedIn.call('POST', '/api/v1/session', { username: 'entrevista', password });
});
afterAll(async () => {
  await server.close();
  await database.close();
});

describe('GET /api/v1/screening/instruments', () => {
  it('lists every population with its short and long forms, versions and question counts', async () => {
    const response = await signedIn.call('GET', '/api/v1/screening/instruments');
    expect(response.status).toBe(200);
    const populations = response.body.items.map((item: { population: string }) => item.population);
    expect(populations).toEqual([
      'migrants',
      'people_in_prostitution',
      'workers',
      'children',
      'criminal_activity',
    ]);
    const children = response.body.items[3];
    expect(children.title).toEqual({
      'es-MX': 'Tamizaje para niñas, niños y adolescentes',
      en: 'Screening for children and adolescents',
    });
    expect(children.forms).toEqual([
      expect.objectContaining({ id: 'children.short', form: 'short', version: '1.0.0', questionCount: 10 }),
      expect.objectContaining({ id: 'children.long', form: 'long', version: '1.0.0', questionCount: 21 }),
    ]);
  });

  it('needs a signed-in user', async () => {
    const response = await client(server.baseUrl).call('GET', '/api/v1/screening/instruments');
    expect(response.status).toBe(401);
  });
});

describe('GET /api/v1/screening/instruments/:instrumentId', () => {
  it('gives the questions in both languages without the facts they inform', async () => {
    const response = await signedIn.call('GET', '/api/v1/screening/instruments/children.short');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      id: 'children.short',
      version: '1.0.0',
      population: 'children',
      form: 'short',
      languages: ['es-MX', 'en'],
    });
    expect(response.body.introduction['es-MX']).toContain('No estás en problemas');
    expect(response.body.guidance.length).toBeGreaterThan(0);
    expect(response.body.questions).toHaveLength(10);
    expect(response.body.questions[0]).toEqual({
      id: 'child.age',
      kind: 'age',
      text: {
        'es-MX': '¿Cuántos años tienes? Si no sabes bien, dime cuántos crees.',
        en: 'How old are you? If you are not sure, tell me how old you think you are.',
      },
    });
    expect(JSON.stringify(response.body)).not.toContain('observedWhen');
  });

  it('answers a problem+json 404 in the reader’s language for an unknown instrument', async () => {
    const response = await signedIn.call('GET', '/api/v1/screening/instruments/nadie.corto', undefined, {
      'accept-language': 'en',
    });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    expect(response.body).toMatchObject({
      code: 'unknown_instrument',
      detail: 'There is no such screening instrument.',
    });
    expect(JSON.stringify(response.body)).not.toContain('nadie.corto');
  });

  it('needs a signed-in user', async () => {
    const response = await client(server.baseUrl).call('GET', '/api/v1/screening/instruments/children.short');
    expect(response.status).toBe(401);
  });
});

describe('POST /api/v1/screening/instruments/:instrumentId/classify', () => {
  const path = '/api/v1/screening/instruments/children.short/classify';

  it('classifies a 16-year-old recruited for sexual exploitation as trafficking without asking for means', async () => {
    const response = await signedIn.call('POST', path, {
      answers: { 'child.age': 16, 'child.recruitment': 'yes', 'child.sexual_exploitation': 'yes' },
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      result: 'trafficking_indicated',
      child: true,
      palermo: { act: true, means: 'not_required', purpose: true },
      forms: ['sexual_exploitation'],
    });
    const rules = response.body.reasons.map((reason: { rule: string }) => reason.rule);
    expect(rules).toContain('child_no_means_required');
  });

  it('leaves skipped questions unknown', async () => {
    const response = await signedIn.call('POST', path, { answers: { 'child.age': 'skip' } });
    expect(response.body).toMatchObject({ result: 'further_assessment', child: null });
  });

  it('refuses answers that do not fit the instrument, and unknown instruments', async () => {
    const misfit = await signedIn.call('POST', path, { answers: { 'child.age': 'yes', 'adult.job': 'no' } });
    expect(misfit.status).toBe(400);
    expect(misfit.body.code).toBe('invalid_answers');
    const unknown = await signedIn.call('POST', '/api/v1/screening/instruments/nadie.corto/classify', {
      answers: {},
    });
    expect(unknown.status).toBe(404);
  });
});
