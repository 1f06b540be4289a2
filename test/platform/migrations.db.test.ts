import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseProblem } from '../../src/platform/db/errors.ts';
import {
  type MigrationFile,
  migrate,
  migrationStatus,
  readMigrationFiles,
} from '../../src/platform/db/migrations.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

let database: TestDatabase;
let files: MigrationFile[];

beforeAll(async () => {
  database = await createTestDatabase();
  files = await readMigrationFiles();
});
afterAll(() => database.close());

const problemCode = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error) => (error instanceof DatabaseProblem ? error.code : `other: ${error}`),
  );

describe('migrations', () => {
  it('are numbered, unique and all applied to the template', async () => {
    const versions = files.map((file) => file.version);
    expect(new Set(versions).size).toBe(versions.length);
    const states = await migrationStatus(database.owner);
    expect(states.every((state) => state.state === 'applied')).toBe(true);
  });

  it('apply nothing twice', async () => {
    const before = await database.owner.query('SELECT count(*)::int AS n FROM enlace_migrations');
    await migrate(database.owner);
    const after = await database.owner.query('SELECT count(*)::int AS n FROM enlace_migrations');
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it('refuse an applied migration whose file was edited', async () => {
    const edited = files.map((file, index) => (index === 0 ? { ...file, checksum: 'f'.repeat(64) } : file));
    expect(await problemCode(migrate(database.owner, edited))).toBe('migration_edited');
  });

  it('refuse a database with a migration this code does not know', async () => {
    expect(await problemCode(migrationStatus(database.owner, files.slice(0, 0)))).toBe('migration_unknown');
  });

  it('apply a new migration in a transaction and roll back a failing one whole', async () => {
    const next = files.length + 1000;
    const good = {
      version: next,
      name: 'probe',
      sql: 'CREATE TABLE probe_ok (id int)',
      checksum: 'a'.repeat(64),
    };
    const bad = {
      version: next + 1,
      name: 'broken',
      sql: 'CREATE TABLE probe_half (id int); SELECT 1/0;',
      checksum: 'b'.repeat(64),
    };
    expect(await problemCode(migrate(database.owner, [...files, good, bad]))).toBe('migration_failed');
    const tables = await database.owner.query(
      `SELECT to_regclass('probe_ok') IS NOT NULL AS ok, to_regclass('probe_half') IS NOT NULL AS half`,
    );
    expect(tables.rows[0]).toEqual({ ok: true, half: false });
    await database.owner.query('DELETE FROM enlace_migrations WHERE version = $1', [next]);
  });

  it('report a damaged migration table instead of guessing', async () => {
    await database.owner.query(`UPDATE enlace_migrations SET checksum = 'garbage' WHERE version = 1`);
    expect(await problemCode(migrationStatus(database.owner))).toBe('migration_table_corrupt');
    await database.owner.query('UPDATE enlace_migrations SET checksum = $1 WHERE version = 1', [
      files[0]!.checksum,
    ]);
  });
});
