import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Settings } from '../config/config.ts';
import { APP_ROLE, ensureExternalAppRole } from './bootstrap.ts';
import { connectionProblem } from './connect-errors.ts';
import { startEmbedded } from './embedded/start-embedded.ts';
import { DatabaseProblem } from './errors.ts';
import { openReportingDatabase } from './reporting-database.ts';
import type { Schema } from './schema.ts';

export type DatabaseMode = 'embedded' | 'external';

export type Database = {
  mode: DatabaseMode;
  /** Runs migrations and administrative commands; owns every object. */
  owner: pg.Pool;
  /** Serves requests; owns nothing and is subject to row-level security. */
  app: pg.Pool;
  db: Kysely<Schema>;
  /** ENLACE_REPORTING_DATABASE_URL's read replica, where statistics and the annual report read; absent: `db`. */
  reporting?: Kysely<Schema>;
  serverVersion: string;
  /** Informational lines for the operator (where the data lives, fallbacks taken). */
  notices: string[];
  /** Where the embedded server keeps its data; undefined for an external server. */
  dataDir: string | undefined;
  close(): Promise<void>;
};

const EMBEDDED_DATABASE = 'enlace';

/**
 * `shareRunning`: an administrative command may use the embedded server of a running `enlace serve`;
 * a second server on the same data directory is refused.
 */
export async function openDatabase(settings: Settings, options = { shareRunning: false }): Promise<Database> {
  const database = settings.databaseUrl
    ? await openExternal(settings)
    : await openEmbedded(settings, options.shareRunning);
  if (!settings.reportingDatabaseUrl) return database;
  const reporting = await openReportingDatabase(settings.reportingDatabaseUrl).catch(async (error) => {
    await database.close();
    throw error;
  });
  return {
    ...database,
    reporting,
    close: async () => {
      await reporting.destroy().catch(() => undefined);
      await database.close();
    },
  };
}

async function openEmbedded(settings: Settings, shareRunning: boolean): Promise<Database> {
  const embedded = await startEmbedded(settings, EMBEDDED_DATABASE, shareRunning);
  const base = { host: embedded.host, port: embedded.port, database: EMBEDDED_DATABASE };
  const owner = new pg.Pool({ ...base, user: 'enlace_owner', password: embedded.secrets.owner, max: 4 });
  const app = new pg.Pool({
    ...base,
    user: APP_ROLE,
    password: embedded.secrets.app,
    max: settings.dbPoolSize,
  });
  return assemble('embedded', owner, app, embedded.notices, embedded.stop, embedded.dataDir);
}

async function openExternal(settings: Settings): Promise<Database> {
  const owner = new pg.Pool({
    connectionString: settings.databaseUrl,
    max: 4,
    connectionTimeoutMillis: 10_000,
  });
  await probe(owner, settings.databaseUrl!);
  const notices: string[] = [];
  let app: pg.Pool;
  if (settings.databaseAppUrl) {
    app = new pg.Pool({
      connectionString: settings.databaseAppUrl,
      max: settings.dbPoolSize,
      connectionTimeoutMillis: 10_000,
    });
    await probe(app, settings.databaseAppUrl);
  } else {
    if (!(await ensureExternalAppRole(owner)))
      throw new DatabaseProblem('app_role_missing', { role: APP_ROLE });
    app = new pg.Pool({
      connectionString: settings.databaseUrl,
      max: settings.dbPoolSize,
      connectionTimeoutMillis: 10_000,
    });
    // Every pooled connection acts as the application role, so row-level security applies to it.
    app.on('connect', (client) => {
      client.query(`SET ROLE ${APP_ROLE}`).catch(() => undefined);
    });
    notices.push('external_app_role_switch');
  }
  return assemble('external', owner, app, notices, async () => undefined);
}

async function probe(pool: pg.Pool, url: string): Promise<void> {
  const parsed = new URL(url);
  const where = {
    host: parsed.hostname,
    port: Number(parsed.port || 5432),
    database: parsed.pathname.slice(1),
  };
  try {
    const result = await pool.query<{ version: number }>(
      `SELECT current_setting('server_version_num')::int AS version`,
    );
    if ((result.rows[0]?.version ?? 0) < 150000) {
      throw new DatabaseProblem('server_too_old', { found: String(result.rows[0]?.version) });
    }
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error instanceof DatabaseProblem ? error : connectionProblem(error, where);
  }
}

async function assemble(
  mode: DatabaseMode,
  owner: pg.Pool,
  app: pg.Pool,
  notices: string[],
  stopServer: () => Promise<void>,
  dataDir?: string,
): Promise<Database> {
  for (const pool of [owner, app]) pool.on('error', () => undefined);
  const version = await owner.query<{ server_version: string }>('SHOW server_version');
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool: app }) });
  return {
    mode,
    owner,
    app,
    db,
    serverVersion: version.rows[0]?.server_version ?? 'unknown',
    notices,
    dataDir,
    close: async () => {
      await db.destroy().catch(() => undefined);
      // Kysely ends the pool only if it ever ran a query through it.
      if (!app.ending) await app.end().catch(() => undefined);
      await owner.end().catch(() => undefined);
      await stopServer();
    },
  };
}
