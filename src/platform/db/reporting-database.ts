import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { connectionProblem } from './connect-errors.ts';
import { DatabaseProblem } from './errors.ts';
import type { Schema } from './schema.ts';

/**
 * The read replica that statistics and the annual report read from. It is a copy of the primary, with
 * the same roles and the same row-level security; the login must be one those policies bind (never a
 * superuser or a role with BYPASSRLS), which is checked before it is used.
 */
export async function openReportingDatabase(url: string): Promise<Kysely<Schema>> {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 10_000 });
  pool.on('error', () => undefined);
  const parsed = new URL(url);
  const where = {
    host: parsed.hostname,
    port: Number(parsed.port || 5432),
    database: parsed.pathname.slice(1),
  };
  let bypasses: boolean;
  try {
    const result = await pool.query<{ bypasses: boolean }>(
      'SELECT rolsuper OR rolbypassrls AS bypasses FROM pg_roles WHERE rolname = current_user',
    );
    bypasses = result.rows[0]?.bypasses ?? true;
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw connectionProblem(error, where);
  }
  if (bypasses) {
    await pool.end().catch(() => undefined);
    throw new DatabaseProblem('reporting_role_bypasses_rls', { host: where.host });
  }
  return new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
}
