import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/platform/auth/create-user.ts';
import { purgeSignInData } from '../../src/platform/auth/purge-sign-in-data.ts';
import { KNOWN_ADDRESS_DAYS, THROTTLE_RULES } from '../../src/platform/auth/throttle-policy.ts';
import { startMaintenance } from '../../src/platform/maintenance/start-maintenance.ts';
import { client, startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const PASSWORD = 'contraseña de prueba muy larga';
const WRONG = 'esta no es la contraseña';
let database: TestDatabase;
let server: TestApp;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestApp(database, { trustProxy: true });
});
afterAll(async () => {
  await server.close();
  await database.close();
});

// The windows the policy forgets pair and address counters after, whatever they are set to.
const PAIR_HOURS = THROTTLE_RULES.pair.forgetAfterHours!;
const ADDRESS_HOURS = THROTTLE_RULES.address.forgetAfterHours!;
const subject = () => randomBytes(32).toString('base64url');

type Counter = {
  factor?: string;
  scope: string;
  failures: number;
  hoursAgo: number | null;
  blocked?: boolean;
};

async function counter({ factor = 'password', scope, failures, hoursAgo, blocked = false }: Counter) {
  const name = subject();
  await database.owner.query(
    `INSERT INTO sign_in_throttle (factor, scope, subject, failures, last_failure_at, blocked_until)
     VALUES ($1, $2, $3, $4, now() - make_interval(secs => $5::float8 * 3600),
             CASE WHEN $6 THEN now() + interval '5 minutes' END)`,
    [factor, scope, name, failures, hoursAgo, blocked],
  );
  return name;
}

async function knownAddress(daysAgo: number) {
  const name = subject();
  await database.owner.query(
    `INSERT INTO sign_in_known_addresses (subject, last_success_at) VALUES ($1, now() - make_interval(days => $2))`,
    [name, daysAgo],
  );
  return name;
}

async function session(userId: string, state: 'live' | 'pending' | 'revoked' | 'idle' | 'absolute') {
  const token = randomBytes(32);
  await database.owner.query(
    `INSERT INTO sessions (token_hash, user_id, idle_expires_at, absolute_expires_at, revoked_at, pending_step)
     VALUES ($1, $2,
             now() + CASE WHEN $3 = 'idle' THEN interval '-1 minute' ELSE interval '30 minutes' END,
             now() + CASE WHEN $3 = 'absolute' THEN interval '-1 minute' ELSE interval '12 hours' END,
             CASE WHEN $3 = 'revoked' THEN now() END,
             CASE WHEN $3 = 'pending' THEN 'mfa' END)`,
    [token, userId, state],
  );
  return token;
}

const remaining = async (table: string, column: string, values: (string | Buffer)[]) =>
  (await database.owner.query(`SELECT ${column} FROM ${table} WHERE ${column} = ANY($1)`, [values])).rows.map(
    (row) => row[column],
  );

let accounts = 0;
async function newAccount() {
  const username = `cuenta.${++accounts}`;
  const { id } = await createUser(database.db, {
    username,
    displayName: `Cuenta ${accounts}`,
    password: PASSWORD,
    agency: 'ENLACE',
    roles: ['auditor'],
  });
  return { id, username };
}

describe('purging sign-in data', () => {
  it('deletes what the policy has forgotten and keeps what can still slow or stop an attempt', async () => {
    await database.owner.query('DELETE FROM sign_in_throttle; DELETE FROM sign_in_known_addresses');
    const forgotten = [
      await counter({ scope: 'pair', failures: 4, hoursAgo: PAIR_HOURS + 1 }),
      await counter({ scope: 'address', failures: 19, hoursAgo: ADDRESS_HOURS + 1 }),
      await counter({ factor: 'code', scope: 'pair', failures: 6, hoursAgo: PAIR_HOURS + 1 }),
      // Left by an attempt refused in another scope: no failure counted, the same as no row.
      await counter({ scope: 'account', failures: 0, hoursAgo: null }),
    ];
    const kept = [
      await counter({ scope: 'pair', failures: 4, hoursAgo: PAIR_HOURS - 1 }),
      await counter({ scope: 'address', failures: 25, hoursAgo: ADDRESS_HOURS - 1 }),
      // Consecutive failures of an account are never forgotten by time: only a sign-in clears them.
      await counter({ scope: 'account', failures: 99, hoursAgo: 24 * 365 }),
      await counter({ scope: 'pair', failures: 0, hoursAgo: null, blocked: true }),
    ];
    const staleAddress = await knownAddress(KNOWN_ADDRESS_DAYS + 1);
    const knownOne = await knownAddress(KNOWN_ADDRESS_DAYS - 1);
    const { id } = await newAccount();
    const ended = [await session(id, 'revoked'), await session(id, 'idle'), await session(id, 'absolute')];
    const open = [await session(id, 'live'), await session(id, 'pending')];

    expect(await purgeSignInData(database.db)).toEqual({
      throttleCounters: forgotten.length,
      knownAddresses: 1,
      sessions: ended.length,
    });
    expect((await remaining('sign_in_throttle', 'subject', [...forgotten, ...kept])).sort()).toEqual(
      [...kept].sort(),
    );
    expect(await remaining('sign_in_known_addresses', 'subject', [staleAddress, knownOne])).toEqual([
      knownOne,
    ]);
    const sessions = await remaining('sessions', 'token_hash', [...ended, ...open]);
    expect(sessions.map((hash: Buffer) => hash.toString('hex')).sort()).toEqual(
      open.map((token) => token.toString('hex')).sort(),
    );
    expect(await purgeSignInData(database.db)).toEqual({
      throttleCounters: 0,
      knownAddresses: 0,
      sessions: 0,
    });
  });

  it('leaves throttling working: forgotten counters start again, an account keeps its failures', async () => {
    await database.owner.query('DELETE FROM sign_in_throttle');
    const account = await newAccount();
    const attempt = (password: string) =>
      client(server.baseUrl).call(
        'POST',
        '/api/v1/session',
        { username: account.username, password },
        { 'x-forwarded-for': '198.51.100.7' },
      );
    const { pair, account: perAccount } = THROTTLE_RULES;
    for (let i = 0; i <= pair.free; i++) expect((await attempt(WRONG)).status).toBe(401);
    expect((await attempt(PASSWORD)).status).toBe(429);

    // The pair's and the address's memory runs out, as after a quiet day.
    await database.owner.query(
      `UPDATE sign_in_throttle SET last_failure_at = now() - make_interval(hours => $1), blocked_until = NULL
       WHERE scope IN ('pair', 'address')`,
      [Math.max(PAIR_HOURS, ADDRESS_HOURS) + 1],
    );
    expect((await purgeSignInData(database.db)).throttleCounters).toBe(2);
    const left = await database.owner.query('SELECT scope, failures FROM sign_in_throttle');
    expect(left.rows).toEqual([{ scope: 'account', failures: pair.free + 1 }]);

    // The pair's free failures again; the account's, kept through the purge, now run out.
    expect(2 * pair.free + 1).toBeGreaterThan(perAccount.free);
    for (let i = 0; i < pair.free; i++) expect((await attempt(WRONG)).status).toBe(401);
    const refused = await attempt(PASSWORD);
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('sign_in_throttled');
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(perAccount.firstWaitSeconds);
    const audited = await database.owner.query(
      `SELECT max((details->>'consecutiveFailures')::int) AS most FROM audit_entries
       WHERE action = 'session.sign_in_failed' AND record_id = $1`,
      [account.id],
    );
    expect(audited.rows[0].most).toBe(2 * pair.free + 1);
  });

  it('runs at start and on an interval until stopped', async () => {
    const stale = await counter({ scope: 'pair', failures: 3, hoursAgo: PAIR_HOURS + 1 });
    const purges: number[] = [];
    const errors: unknown[] = [];
    const maintenance = startMaintenance(database.db, {
      intervalMs: 50,
      onPurged: (purge) => purges.push(purge.throttleCounters),
      onError: (error) => errors.push(error),
    });
    await expect.poll(() => purges.length).toBeGreaterThanOrEqual(2);
    await maintenance.stop();
    expect(errors).toEqual([]);
    expect(purges[0]).toBeGreaterThanOrEqual(1);
    expect(await remaining('sign_in_throttle', 'subject', [stale])).toEqual([]);
    const rounds = purges.length;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(purges.length).toBe(rounds);
  });
});
