import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('database roles', () => {
  it('the application role is no superuser, cannot bypass row-level security and owns nothing', async () => {
    const role = await database.app.query(
      `SELECT rolsuper, rolbypassrls, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = current_user`,
    );
    expect(role.rows[0]).toEqual({
      rolsuper: false,
      rolbypassrls: false,
      rolcreaterole: false,
      rolcreatedb: false,
    });
    const owned = await database.owner.query(
      `SELECT count(*)::int AS n FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname = 'enlace_app'`,
    );
    expect(owned.rows[0].n).toBe(0);
  });

  it('the application role cannot create or drop tables, nor rewrite migration history', async () => {
    await expect(database.app.query('CREATE TABLE intruder (id int)')).rejects.toThrow(/permission denied/);
    await expect(database.app.query('DROP TABLE users')).rejects.toThrow(/must be owner/);
    await expect(database.app.query('DELETE FROM enlace_migrations')).rejects.toThrow(/permission denied/);
  });

  it('the server keeps every durability setting on', async () => {
    const settings = await database.owner.query(
      `SELECT name, setting FROM pg_settings
       WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes', 'data_checksums') ORDER BY name`,
    );
    expect(settings.rows).toEqual([
      { name: 'data_checksums', setting: 'on' },
      { name: 'fsync', setting: 'on' },
      { name: 'full_page_writes', setting: 'on' },
      { name: 'synchronous_commit', setting: 'on' },
    ]);
  });

  it('listens on the loopback address only', async () => {
    const listen = await database.owner.query(
      `SELECT setting FROM pg_settings WHERE name = 'listen_addresses'`,
    );
    expect(listen.rows[0].setting).toBe('127.0.0.1');
  });
});
