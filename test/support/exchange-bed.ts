import { expect } from 'vitest';
import type { Role } from '../../src/platform/access/roles.ts';
import { agency, signedInClient } from './sessions.ts';
import { startTestApp, type TestApp } from './test-app.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

/** One installation of Enlace for exchange tests: files leave one and arrive in another. */
export type ExchangeBed = { database: TestDatabase; server: TestApp; puebla: string; veracruz: string };
export type Session = Awaited<ReturnType<typeof signedInClient>>;

/** A fresh database and app with two state prosecutors and the migration institute. */
export async function openExchangeBed(): Promise<ExchangeBed> {
  const database = await createTestDatabase();
  const server = await startTestApp(database);
  const puebla = await agency(database, 'FGE-PUE', {
    type: 'state_prosecutor',
    level: 'state',
    state: 'PUE',
  });
  const veracruz = await agency(database, 'FGE-VER', {
    type: 'state_prosecutor',
    level: 'state',
    state: 'VER',
  });
  await agency(database, 'INM', { type: 'migration_institute', level: 'federal' });
  return { database, server, puebla, veracruz };
}

export async function closeExchangeBeds(beds: ExchangeBed[]): Promise<void> {
  for (const bed of beds) {
    await bed.server.close();
    await bed.database.close();
  }
}

export const signedIn = (bed: ExchangeBed, agencyId: string, roles: Role[]): Promise<Session> =>
  signedInClient(bed.database, bed.server.baseUrl, agencyId, roles);

export const count = async (bed: ExchangeBed, table: string) =>
  (await bed.database.owner.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n as number;

/** The text of an export the session asks for (`POST /api/v1/exports`), which must be granted. */
export async function exportedText(bed: ExchangeBed, session: Session, body: unknown): Promise<string> {
  const response = await fetch(`${bed.server.baseUrl}/api/v1/exports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: session.cookie() ?? '' },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
  return response.text();
}
