import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadDemo } from '../../src/modules/demo/load-demo.ts';
import { loadSettings } from '../../src/platform/config/config.ts';
import { createKeyRing } from '../../src/platform/crypto/key-ring.ts';
import { openDatabase } from '../../src/platform/db/database.ts';
import { migrate } from '../../src/platform/db/migrations.ts';
import { type AppDependencies, buildApp } from '../../src/platform/http/app.ts';

/**
 * The application with the built web app and the demo accounts, on its own embedded PostgreSQL in a
 * fresh folder, for tests that need settings or parts the shared e2e server does not have (a low
 * request limit, hand-built figures); the shared server is left alone.
 */
export async function startOwnServer(
  environment: Record<string, string> = {},
  replaced: Pick<AppDependencies, 'annualFiguresSource'> = {},
) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'enlace-e2e-own-'));
  const settings = loadSettings({ ENLACE_DATA_DIR: dataDir, ENLACE_LOG_LEVEL: 'silent', ...environment });
  const database = await openDatabase(settings);
  await migrate(database.owner);
  await loadDemo(database.db);
  const app = await buildApp({ database, settings, keyRing: createKeyRing(), ...replaced });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: async () => {
      await app.close();
      await database.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
