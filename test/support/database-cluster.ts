import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { bootstrapEmbedded } from '../../src/platform/db/bootstrap.ts';
import { locateBinaries } from '../../src/platform/db/embedded/binaries.ts';
import { startCluster } from '../../src/platform/db/embedded/cluster.ts';
import { canReach, serverIdentity } from '../../src/platform/db/embedded/os-user.ts';
import { loadOrCreateSecrets } from '../../src/platform/db/embedded/secrets.ts';
import { ROOT_STAGING_DIR } from '../../src/platform/db/embedded/start-embedded.ts';
import { migrate } from '../../src/platform/db/migrations.ts';
import type { TestCluster } from './test-cluster.ts';

export const TEMPLATE_DATABASE = 'enlace_template';

/**
 * One real PostgreSQL for the whole run, with a migrated template database that each test file
 * clones (CREATE DATABASE … TEMPLATE), so files are isolated and need not migrate again.
 */
export default async function setup(project: TestProject) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'enlace-test-'));
  const identity = await serverIdentity();
  const binaries = await locateBinaries(
    identity && !canReach(identity, path.resolve('node_modules')) ? ROOT_STAGING_DIR : undefined,
  );
  const secrets = await loadOrCreateSecrets(dataDir);
  const cluster = await startCluster({ dataDir, binaries, identity, superuserPassword: secrets.superuser });
  const where = { host: '127.0.0.1', port: cluster.port };
  await bootstrapEmbedded({ ...where, password: secrets.superuser }, secrets, TEMPLATE_DATABASE);
  const owner = new pg.Pool({
    ...where,
    user: 'enlace_owner',
    password: secrets.owner,
    database: TEMPLATE_DATABASE,
  });
  await migrate(owner);
  await owner.end();
  const provided: TestCluster = { ...where, dataDir, secrets, template: TEMPLATE_DATABASE };
  project.provide('testCluster', provided);
  return async () => {
    await cluster.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
