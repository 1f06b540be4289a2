import type pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auditCount } from '../support/case-files.ts';
import { agency, signedInClient } from '../support/sessions.ts';
import { client, startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

let database: TestDatabase;
let server: TestApp;
let puebla: string;

beforeAll(async () => {
  database = await createTestDatabase();
  // One request in progress is already the most: saturation is one held pool away.
  server = await startTestApp(database, { overloadInFlight: 1 });
  puebla = await agency(database, 'FGE-PUE', { type: 'state_prosecutor', level: 'state', state: 'PUE' });
});
afterAll(async () => {
  await server.close();
  await database.close();
});

/** Takes every connection of the application's pool, as slow requests would. */
async function holdEveryConnection(pool: pg.Pool): Promise<() => void> {
  const held = await Promise.all(Array.from({ length: pool.options.max }, () => pool.connect()));
  return () => {
    for (const connection of held) connection.release();
  };
}

async function until(condition: () => boolean) {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

it('refuses new requests with 503 problem+json at once while the pool is saturated, auditing none, and keeps probes up', async () => {
  const reader = await signedInClient(database, server.baseUrl, puebla, ['prosecutor']);
  const opened = await reader.call('POST', '/api/v1/cases', { stateCode: 'PUE' });
  expect(opened.status).toBe(201);
  const caseId: string = opened.body.id;
  const english = client(server.baseUrl, 'en');
  english.setCookie(reader.cookie());

  const release = await holdEveryConnection(database.app);
  let admitted: Promise<{ status: number }>;
  let readiness: Promise<{ status: number }>;
  try {
    // The first request gets in and waits for a connection; from then on the process is full.
    admitted = reader.call('GET', `/api/v1/cases/${caseId}`);
    await until(() => database.app.waitingCount >= 1);

    // It answers although every connection is held: it never waited for one.
    const refused = await reader.call('GET', `/api/v1/cases/${caseId}`);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(refused.headers.get('retry-after')).toBe('5');
    expect(refused.body).toMatchObject({
      status: 503,
      code: 'service_overloaded',
      title: 'Servicio saturado',
    });
    expect(refused.body.detail).toContain('5 segundos');

    const refusedWrite = await english.call('POST', '/api/v1/cases', { stateCode: 'PUE' });
    expect(refusedWrite.status).toBe(503);
    expect(refusedWrite.body).toMatchObject({ code: 'service_overloaded', title: 'Service overloaded' });

    expect((await client(server.baseUrl).call('GET', '/api/health')).status).toBe(200);
    // Readiness is never refused at the door: it waits its turn and answers once the pool drains.
    readiness = client(server.baseUrl).call('GET', '/api/ready');
    await until(() => database.app.waitingCount >= 2);
  } finally {
    release();
  }
  expect((await admitted).status).toBe(200);
  expect((await readiness).status).toBe(200);
  // Only the admitted read left an entry; the refused read and write did nothing.
  expect(await auditCount(database.owner, 'case.read', caseId)).toBe(1);
  const cases = await database.owner.query('SELECT count(*)::int AS n FROM cases');
  expect(cases.rows[0].n).toBe(1);
  expect((await reader.call('GET', `/api/v1/cases/${caseId}`)).status).toBe(200);
});
