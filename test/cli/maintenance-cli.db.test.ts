import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { THROTTLE_RULES } from '../../src/platform/auth/throttle-policy.ts';
import { runCli } from '../support/cli.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

let database: TestDatabase;
let env: Record<string, string>;

beforeAll(async () => {
  database = await createTestDatabase();
  env = { DATABASE_URL: database.ownerUrl, DATABASE_APP_URL: database.appUrl };
});
afterAll(async () => {
  await database.close();
});

const staleCounter = () =>
  database.owner.query(
    `INSERT INTO sign_in_throttle (factor, scope, subject, failures, last_failure_at)
     VALUES ('password', 'pair', $1, 3, now() - make_interval(hours => $2))`,
    [randomBytes(32).toString('base64url'), THROTTLE_RULES.pair.forgetAfterHours! + 1],
  );

describe('enlace maintenance purge', () => {
  it('deletes stale sign-in data and says how much, in the operator’s language', async () => {
    await staleCounter();
    await staleCounter();
    const spanish = await runCli(['maintenance', 'purge'], { env });
    expect(spanish.code).toBe(0);
    expect(spanish.stdout).toContain(
      'Se borraron 2 contadores de intentos, 0 direcciones conocidas y 0 sesiones terminadas.',
    );
    const left = await database.owner.query('SELECT count(*)::int AS n FROM sign_in_throttle');
    expect(left.rows[0].n).toBe(0);
    const english = await runCli(['maintenance', 'purge'], { env: { ...env, ENLACE_LANG: 'en' } });
    expect(english.code).toBe(0);
    expect(english.stdout).toContain('Deleted: 0 throttle counters, 0 known addresses, 0 ended sessions.');
  });

  it('is listed in the help', async () => {
    const help = await runCli(['maintenance', '--help'], { env: { ENLACE_LANG: 'en' } });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('purge');
  });
});
