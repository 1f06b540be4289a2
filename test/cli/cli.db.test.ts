import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeKeyRingForEnvironment } from '../../src/platform/crypto/environment-source.ts';
import { createKeyRing } from '../../src/platform/crypto/key-ring.ts';
import { runCli } from '../support/cli.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

let database: TestDatabase;
let env: Record<string, string>;

beforeAll(async () => {
  database = await createTestDatabase();
  env = { DATABASE_URL: database.ownerUrl, DATABASE_APP_URL: database.appUrl };
});
afterAll(() => database.close());

const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at /m);

describe('enlace command line', () => {
  it('shows help and version, and exits 2 on an unknown command', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('serve');
    expect(help.stdout).toContain('inicia la aplicación web y la API');
    const version = await runCli(['version']);
    expect(version).toMatchObject({ code: 0 });
    expect(version.stdout).toMatch(/^enlace \d+\.\d+\.\d+ \(Node\.js/);
    const unknown = await runCli(['bogus']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('enlace: no existe el comando «bogus».');
    const english = await runCli(['serve', '--port', 'abc'], { env: { ENLACE_LANG: 'en' } });
    expect(english.stderr).toContain('the value of option "-p, --port <port>" is not valid.');
    expect((await runCli(['serve', '--port', 'abc'])).code).toBe(2);
  });

  it('explains a malformed DATABASE_URL in one sentence without echoing it', async () => {
    const result = await runCli(['db', 'status'], { env: { DATABASE_URL: 'mysql://secreto@host/db' } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('DATABASE_URL');
    expect(result.stderr).not.toContain('secreto');
    noStackTrace(result.stderr);
  });

  it('explains an unreachable server, a wrong password and a missing database', async () => {
    const cases = [
      ['postgres://u:p@127.0.0.1:1/enlace', 'no se pudo conectar con PostgreSQL en 127.0.0.1:1'],
      [database.ownerUrl.replace(/:[^:@]+@/, ':incorrecta@'), 'rechazó el usuario o la contraseña'],
      [database.ownerUrl.replace(/\/[^/]+$/, '/no_existe'), 'la base de datos no_existe no existe'],
    ] as const;
    for (const [url, sentence] of cases) {
      const result = await runCli(['db', 'status'], { env: { DATABASE_URL: url } });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(sentence);
      noStackTrace(result.stderr);
    }
  });

  it('explains that an external server needs an application role it may use', async () => {
    const result = await runCli(['db', 'status'], { env: { DATABASE_URL: database.ownerUrl } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('DATABASE_APP_URL');
  });

  it('reports migrations on an external server', async () => {
    const status = await runCli(['db', 'status'], { env });
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/0001\s+accounts_and_sessions\s+aplicada/);
    const migrate = await runCli(['db', 'migrate'], { env: { ...env, ENLACE_LANG: 'en' } });
    expect(migrate.stdout).toMatch(/Migrations up to date: \d+ applied, 0 pending/);
  });

  it('creates a user from standard input, refuses a duplicate and invalid data', async () => {
    const args = [
      'user',
      'create',
      '--username',
      'Nueva.Cuenta',
      '--display-name',
      'Cuenta nueva',
      '--agency',
      'enlace',
      '--role',
      'auditor',
      '--password-stdin',
    ];
    const created = await runCli(args, { env, input: 'una contraseña larga y segura\n' });
    expect(created).toMatchObject({ code: 0 });
    expect(created.stdout).toContain('Cuenta nueva.cuenta creada.');
    const stored = await database.owner.query(
      `SELECT password_hash, (SELECT array_agg(role) FROM user_roles WHERE user_id = users.id) AS roles
       FROM users WHERE username = 'nueva.cuenta'`,
    );
    expect(stored.rows[0].password_hash).toMatch(/^\$argon2id\$/);
    expect(stored.rows[0].roles).toEqual(['auditor']);
    const unknownAgency = await runCli(
      ['user', 'create', '-u', 'otra.cuenta', '-n', 'Otra', '-a', 'NO-EXISTE', '--password-stdin'],
      { env, input: 'una contraseña larga y segura' },
    );
    expect(unknownAgency.code).toBe(2);
    expect(unknownAgency.stderr).toContain('no existe una institución activa con la clave NO-EXISTE');
    const duplicate = await runCli(args, { env, input: 'otra contraseña larga y segura' });
    expect(duplicate.code).toBe(2);
    expect(duplicate.stderr).toContain('ya existe una cuenta');
    const invalid = await runCli(
      ['user', 'create', '-u', 'x', '-n', 'X', '-a', 'ENLACE', '--password-stdin'],
      {
        env: { ...env, ENLACE_LANG: 'en' },
        input: 'short',
      },
    );
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain('username');
    expect(invalid.stderr).toContain('password: must have at least 12 characters');
    expect(invalid.stderr).not.toContain('short');
  });

  it('loads the demo accounts and cases idempotently, identities encrypted', async () => {
    const withKeys = { ...env, ENLACE_KEYRING: encodeKeyRingForEnvironment(createKeyRing()) };
    const first = await runCli(['demo', 'load'], { env: withKeys });
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/8 cuentas nuevas de 8/);
    expect(first.stdout).toMatch(/Casos de demostración nuevos: 7/);
    const second = await runCli(['demo', 'load'], { env: withKeys });
    expect(second.stdout).toMatch(/0 cuentas nuevas de 8/);
    expect(second.stdout).toMatch(/Casos de demostración nuevos: 0/);
    const names = await database.owner.query('SELECT given_names FROM person_identities');
    expect(names.rows.length).toBeGreaterThan(5);
    expect(names.rows.every((row) => row.given_names === null || row.given_names.startsWith('v1.'))).toBe(
      true,
    );
    const walls = await database.owner.query(
      `SELECT count(*)::int AS n FROM case_walls WHERE cause = 'official_suspect'`,
    );
    expect(walls.rows[0].n).toBe(1);
  });

  it('explains that demo cases need the key ring with an external database', async () => {
    const result = await runCli(['demo', 'load'], { env });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('ENLACE_KEYRING');
  });
});
