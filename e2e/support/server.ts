import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServeProcess } from '../../test/support/cli.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The server's data folder, for tests that run another `enlace` command against its database. */
    dataDir: string;
  }
}

/**
 * The application exactly as `npm start` runs it: the real CLI, the built web app, an embedded
 * PostgreSQL in a fresh folder and the demo accounts.
 */
export default async function setup(project: TestProject) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'enlace-e2e-'));
  const server = await startServeProcess(['--demo'], { ENLACE_DATA_DIR: dataDir, ENLACE_PORT: '0' });
  project.provide('baseUrl', server.baseUrl);
  project.provide('dataDir', dataDir);
  return async () => {
    server.child.kill('SIGTERM');
    await server.exited;
    await rm(dataDir, { recursive: true, force: true });
  };
}
