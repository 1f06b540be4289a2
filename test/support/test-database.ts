import { randomBytes } from 'node:crypto';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { inject } from 'vitest';
import type { Database } from '../../src/platform/db/database.ts';
import type { Schema } from '../../src/platform/db/schema.ts';
import { recordStatements } from './statement-log.ts';
import './test-cluster.ts';

export type TestDatabase = Database & {
  name: string;
  /** Connection URLs, for code under test that takes DATABASE_URL / DATABASE_APP_URL. */
  ownerUrl: string;
  appUrl: string;
  /** A superuser connection to this database: for tests that play an attacker or an operator. */
  superuser(): pg.Client;
};

const url = (user: string, password: string, host: string, port: number, name: string) =>
  `postgres://${user}:${encodeURIComponent(password)}@${host}:${port}/${name}`;

/** A fresh, migrated database for one test file, cloned from the run's template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const cluster = inject('testCluster');
  const name = `test_${randomBytes(8).toString('hex')}`;
  const superuserOn = (database: string) => () =>
    new pg.Client({
      host: cluster.host,
      port: cluster.port,
      user: 'postgres',
      password: cluster.secrets.superuser,
      database,
    });
  const superuser = superuserOn('postgres');
  await runAsSuperuser(superuser, `CREATE DATABASE ${name} TEMPLATE ${cluster.template} OWNER enlace_owner`);
  const where = { host: cluster.host, port: cluster.port, database: name };
  const owner = new pg.Pool({ ...where, user: 'enlace_owner', password: cluster.secrets.owner, max: 4 });
  const app = new pg.Pool({ ...where, user: 'enlace_app', password: cluster.secrets.app, max: 10 });
  // DROP DATABASE … WITH (FORCE) ends idle connections; the pools must not treat that as a crash.
  for (const pool of [owner, app]) pool.on('error', () => undefined);
  recordStatements(app);
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool: app }) });
  return {
    name,
    mode: 'embedded',
    owner,
    app,
    db,
    serverVersion: (await owner.query('SHOW server_version')).rows[0].server_version,
    notices: [],
    dataDir: cluster.dataDir,
    ownerUrl: url('enlace_owner', cluster.secrets.owner, cluster.host, cluster.port, name),
    appUrl: url('enlace_app', cluster.secrets.app, cluster.host, cluster.port, name),
    superuser: superuserOn(name),
    close: async () => {
      await db.destroy();
      if (!app.ending) await app.end();
      await owner.end();
      await runAsSuperuser(superuser, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

async function runAsSuperuser(connect: () => pg.Client, sql: string): Promise<void> {
  const client = connect();
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
