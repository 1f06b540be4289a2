import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseCaller } from '../../src/modules/cases/case-actor.ts';
import { loadDemo } from '../../src/modules/demo/load-demo.ts';
import { loadScaledDemo } from '../../src/modules/demo/load-scaled-demo.ts';
import { computeAnnualFigures } from '../../src/modules/statistics/compute-annual-figures.ts';
import { configuredFiguresSource } from '../../src/modules/statistics/configured-figures-source.ts';
import { createUser } from '../../src/platform/auth/create-user.ts';
import { describeSessionUser } from '../../src/platform/auth/session-user.ts';
import { loadSettings, type Settings } from '../../src/platform/config/config.ts';
import { createKeyRing } from '../../src/platform/crypto/key-ring.ts';
import { type Database, openDatabase } from '../../src/platform/db/database.ts';
import { DatabaseProblem } from '../../src/platform/db/errors.ts';
import { migrate } from '../../src/platform/db/migrations.ts';
import { openReportingDatabase } from '../../src/platform/db/reporting-database.ts';
import type { Schema } from '../../src/platform/db/schema.ts';
import { translatorFor } from '../../src/platform/i18n/translate.ts';
import { type PrimaryWithReplica, startPrimaryWithReplica } from '../support/streaming-replica.ts';

/**
 * ENLACE_REPORTING_DATABASE_URL against a real hot standby streaming from its primary: statistics read
 * there give the primary's figures, under the same row-level security.
 */
let cluster: PrimaryWithReplica;
let settings: Settings;
let database: Database;

async function callerWithRoles(username: string, agency: string, roles: ('statistician' | 'prosecutor')[]) {
  const { id } = await createUser(database.db, {
    username,
    displayName: 'Cuenta de prueba',
    password: 'correct horse battery staple',
    agency,
    roles,
  });
  const user = await describeSessionUser(database.db, {
    id,
    username,
    displayName: 'Cuenta de prueba',
    locale: 'es-MX',
  });
  return caseCaller(user, 'replica-test');
}

beforeAll(async () => {
  cluster = await startPrimaryWithReplica();
  settings = loadSettings({
    DATABASE_URL: cluster.urls.owner,
    DATABASE_APP_URL: cluster.urls.app,
    ENLACE_REPORTING_DATABASE_URL: cluster.urls.replicaApp,
  });
  database = await openDatabase(settings);
  await migrate(database.owner);
  await loadDemo(database.db);
  await loadScaledDemo(database, createKeyRing(), { persons: 150, seed: 11 }, translatorFor('es-MX'));
}, 240_000);
afterAll(async () => {
  await database?.close();
  await cluster?.stop();
});

describe('statistics on a read replica', () => {
  it('read from the replica and give the figures the primary gives', async () => {
    const statistician = await callerWithRoles('estadistica.replica', 'CIT', ['statistician']);
    await cluster.caughtUp();
    const reporting = database.reporting!;
    const inRecovery = await sql<{ standby: boolean }>`SELECT pg_is_in_recovery() AS standby`.execute(
      reporting,
    );
    expect(inRecovery.rows[0]?.standby).toBe(true);

    const asOf = new Date('2026-06-30T12:00:00Z');
    const source = configuredFiguresSource(settings, database.reporting);
    for (const year of [2012, 2025]) {
      const fromReplica = await source(database.db, statistician, year, { asOf });
      const fromPrimary = await computeAnnualFigures(database.db, statistician, year, {
        statisticsConsent: settings.statisticsConsent,
        asOf,
      });
      expect(fromReplica).toEqual(fromPrimary);
    }
    // A primary connection that cannot answer: the figures came from the replica alone.
    const nowhere = new Kysely<Schema>({
      dialect: new PostgresDialect({ pool: new pg.Pool({ host: '127.0.0.1', port: 1 }) }),
    });
    const opened = (await source(nowhere, statistician, 2012, { asOf })).indicators.find(
      (figure) => figure.code === 'prosecution.investigations',
    );
    expect(opened?.value).toBeGreaterThan(0);
    await nowhere.destroy();
  });

  it('are bound by row-level security there: with no actor, no case is visible', async () => {
    await cluster.caughtUp();
    const visible = await sql<{ cases: string }>`SELECT count(*) AS cases FROM cases`.execute(
      database.reporting!,
    );
    expect(Number(visible.rows[0]?.cases)).toBe(0);
    const onPrimary = await database.owner.query<{ cases: string }>('SELECT count(*) AS cases FROM cases');
    expect(Number(onPrimary.rows[0]?.cases)).toBeGreaterThan(0);
  });

  it('refuse a caller who may not read national figures, with 404, on the replica too', async () => {
    const prosecutor = await callerWithRoles('fiscal.replica', 'FEVIMTRA', ['prosecutor']);
    await cluster.caughtUp();
    const source = configuredFiguresSource(settings, database.reporting);
    await expect(source(database.db, prosecutor, 2012)).rejects.toMatchObject({ status: 404 });
  });

  it('refuse a replica login that row-level security would not bind', async () => {
    await expect(openReportingDatabase(cluster.urls.replicaSuperuser)).rejects.toEqual(
      new DatabaseProblem('reporting_role_bypasses_rls', { host: '127.0.0.1' }),
    );
  });
});
