import { afterAll, beforeAll } from 'vitest';
import type { Role } from '../../src/platform/access/roles.ts';
import { agency, signedInClient } from './sessions.ts';
import { startTestApp, type TestApp } from './test-app.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

/** The institutions access tests play with: two state prosecutors, a federal one, the platform operator. */
export type BedAgencies = { puebla: string; chiapas: string; fevimtra: string; platform: string };

export type AccessBed = {
  database: TestDatabase;
  server: TestApp;
  agencies: BedAgencies;
  signedIn(agencyId: string, roles: Role[]): ReturnType<typeof signedInClient>;
};

/**
 * A fresh database and a running app for one test file, with the usual institutions, opened before
 * the file's tests and closed after them. Properties are filled in by `beforeAll`.
 */
export function openAccessBed(): AccessBed {
  const bed = { agencies: {} } as AccessBed;
  beforeAll(async () => {
    bed.database = await createTestDatabase();
    bed.server = await startTestApp(bed.database);
    bed.agencies.puebla = await agency(bed.database, 'FGE-PUE', {
      type: 'state_prosecutor',
      level: 'state',
      state: 'PUE',
    });
    bed.agencies.chiapas = await agency(bed.database, 'FGE-CHP', {
      type: 'state_prosecutor',
      level: 'state',
      state: 'CHP',
    });
    bed.agencies.fevimtra = await agency(bed.database, 'FEVIMTRA', {
      type: 'federal_prosecutor_trafficking',
      level: 'federal',
    });
    bed.agencies.platform = (
      await bed.database.owner.query(`SELECT id FROM agencies WHERE code = 'ENLACE'`)
    ).rows[0].id;
  });
  afterAll(async () => {
    await bed.server.close();
    await bed.database.close();
  });
  bed.signedIn = (agencyId, roles) => signedInClient(bed.database, bed.server.baseUrl, agencyId, roles);
  return bed;
}
