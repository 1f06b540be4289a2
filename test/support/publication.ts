import { loadSettings } from '../../src/platform/config/config.ts';
import { createKeyRing } from '../../src/platform/crypto/key-ring.ts';
import { buildApp } from '../../src/platform/http/app.ts';
import { fixtureSource } from './annual-figures-fixture.ts';
import { agency, signedInClient } from './sessions.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

/**
 * A test database and the real application whose statistics engine is the hand-built fixture, with a
 * national commission to approve releases.
 */
export async function openPublicationBed(env: Record<string, string> = {}) {
  const database: TestDatabase = await createTestDatabase();
  const source = fixtureSource();
  const settings = loadSettings({ ENLACE_LOG_LEVEL: 'silent', ...env });
  const app = await buildApp({
    database,
    settings,
    keyRing: createKeyRing(),
    webRoot: false,
    annualFiguresSource: source,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  const baseUrl = `http://127.0.0.1:${port}`;
  const commission = await agency(database, 'CIT', { type: 'interagency_commission', level: 'federal' });
  return {
    database,
    source,
    baseUrl,
    commission,
    signedIn: (agencyId: string, roles: Parameters<typeof signedInClient>[3]) =>
      signedInClient(database, baseUrl, agencyId, roles),
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
