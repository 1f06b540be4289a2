import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { STATE_CODES } from '../../src/modules/catalog/states.ts';
import { startAuditSealer } from '../../src/platform/audit/sealer.ts';
import { hashSessionToken } from '../../src/platform/auth/session-token.ts';
import { loadSettings } from '../../src/platform/config/config.ts';
import { createKeyRing } from '../../src/platform/crypto/key-ring.ts';
import type { Database } from '../../src/platform/db/database.ts';
import type { Schema } from '../../src/platform/db/schema.ts';
import { buildApp } from '../../src/platform/http/app.ts';

/** Workflow stages and the share of cases in each (most cases never reach trial). */
const STATUS_MIX = [
  ['identification', 30],
  ['investigation', 30],
  ['prosecution', 15],
  ['trial', 10],
  ['sentenced', 5],
  ['closed', 10],
] as const;

/**
 * The federal prosecutor (FEVIMTRA, one case in ten across the country) and one prosecutor's office per
 * state (the rest of that state's cases). Returns the federal agency's id: the benchmarks' caller.
 */
export async function seedAgencies(database: Database): Promise<string> {
  await database.owner.query(
    `INSERT INTO agencies (code, name, agency_type, sector, jurisdiction_level, state_code)
     SELECT 'FGE-' || s, 'Fiscalía General del Estado ' || s, 'state_prosecutor', 'government', 'state', s
     FROM unnest($1::text[]) AS s`,
    [STATE_CODES],
  );
  const federal = await database.owner.query(
    `INSERT INTO agencies (code, name, agency_type, sector, jurisdiction_level)
     VALUES ('FEVIMTRA', 'Fiscalía Especial FEVIMTRA', 'federal_prosecutor_trafficking', 'government', 'federal')
     RETURNING id`,
  );
  // Who shares state cases with the federal prosecutor (seedCases).
  await database.owner.query(
    `INSERT INTO users (username, display_name, password_hash, agency_id)
     SELECT 'fiscal-estatal-bench', 'Fiscal estatal', '$argon2id$bench-only', id FROM agencies WHERE code = 'FGE-CHP'`,
  );
  return federal.rows[0].id;
}

/** Accounts the load bench's traffic does not use, so it runs among as many as a national system has. */
export const STAFF_ACCOUNTS = 3_000;

/**
 * `count` accounts spread over the seeded agencies, each with one working role and a live session
 * (its token random and thrown away): the tables each request's session statement reads, at a deployed
 * system's size rather than at the handful of accounts a benchmark signs in. PostgreSQL plans by table
 * sizes: among twenty accounts it found a session by reading every account, which is cheap at twenty
 * and is not the plan a deployed system runs. None of them can sign in (the hash is not one).
 */
export async function seedStaff(database: Database, count = STAFF_ACCOUNTS): Promise<void> {
  await database.owner.query(
    `WITH agency AS (SELECT id, row_number() OVER (ORDER BY code) - 1 AS n, count(*) OVER () AS total FROM agencies),
     staff AS (
       INSERT INTO users (username, display_name, password_hash, agency_id)
       SELECT 'personal.' || g, 'Persona de personal ' || g, '$argon2id$bench-only', agency.id
       FROM generate_series(1, $1::int) AS g JOIN agency ON agency.n = g % agency.total
       RETURNING id
     ),
     roles AS (
       INSERT INTO user_roles (user_id, role)
       SELECT id, (ARRAY['prosecutor', 'investigator', 'case_worker', 'intake_officer'])[1 + row_number() OVER () % 4]
       FROM staff
     )
     INSERT INTO sessions (token_hash, user_id, idle_expires_at, absolute_expires_at, authenticated_at)
     SELECT sha256(convert_to(gen_random_uuid()::text, 'UTF8')), id, now() + interval '1 hour',
       now() + interval '8 hours', now()
     FROM staff`,
    [count],
  );
  await database.owner.query('ANALYZE users, user_roles, sessions, agencies');
}

/**
 * `cases` cases written with SQL through the owner pool (row-level security does not apply to the
 * owner): spread evenly over the 32 states, the statuses in STATUS_MIX, opened over ten years. The
 * federal prosecutor opened and owns one in ten, took over one in fifty from a state office, and
 * transferred one in a hundred to a state office; state offices own the rest and share one in two
 * hundred with it. Each case has `perCase` people (a survivor, then suspects). Identities are not
 * written: neither benchmark reads them.
 */
/** One state prosecutor's office and one prosecutor in it, written as the owner, as a case caller. */
export async function seedProsecutor(owner: pg.Pool) {
  const agency = await owner.query(
    `INSERT INTO agencies (code, name, agency_type, sector, jurisdiction_level, state_code)
     VALUES ('FGE-PUE', 'Fiscalía', 'state_prosecutor', 'government', 'state', 'PUE') RETURNING id`,
  );
  const agencyId: string = agency.rows[0].id;
  const user = await owner.query(
    `INSERT INTO users (username, display_name, password_hash, agency_id)
     VALUES ('fiscal', 'Fiscal', '$argon2id$bench', $1) RETURNING id`,
    [agencyId],
  );
  return {
    userId: user.rows[0].id as string,
    agencyId,
    roles: ['prosecutor' as const],
    requestId: 'bench',
  };
}

export async function seedCases(database: Database, cases: number, perCase = 2): Promise<void> {
  const statuses = STATUS_MIX.flatMap(([status, weight]) => Array<string>(weight).fill(status));
  const batch = 50_000;
  for (let from = 0; from < cases; from += batch) {
    const to = Math.min(cases, from + batch) - 1;
    await database.owner.query(
      `WITH numbered AS (
         SELECT n, ($1::text[])[1 + n % 32] AS state,
                ($2::text[])[1 + (n::bigint * 7919) % 100] AS status,
                now() - (n::double precision / $3) * interval '3650 days' AS opened
         FROM generate_series($4::int, $5::int) AS n
       )
       INSERT INTO cases (reference, opened_by_agency_id, owning_agency_id, state_code, status, opened_on,
                          created_at, updated_at)
       SELECT 'BENCH-' || n, opener.id, owner.id, state, status, opened::date, opened, opened
       FROM numbered
       JOIN agencies opener ON opener.code = CASE WHEN n % 10 = 0 OR n % 100 = 5 THEN 'FEVIMTRA' ELSE 'FGE-' || state END
       JOIN agencies owner ON owner.code = CASE WHEN n % 10 = 0 OR n % 50 = 3 THEN 'FEVIMTRA' ELSE 'FGE-' || state END`,
      [STATE_CODES, statuses, cases, from, to],
    );
  }
  await database.owner.query(
    `INSERT INTO case_shares (case_id, agency_id, reason, shared_by, shared_at)
     SELECT c.id, federal.id, 'Atracción de la competencia en estudio', sharer.id, c.created_at
     FROM cases c, agencies federal, users sharer
     WHERE federal.code = 'FEVIMTRA' AND sharer.username = 'fiscal-estatal-bench'
       AND substring(c.reference FROM 7)::int % 200 = 7`,
  );
  await database.owner.query(
    `INSERT INTO people (id, case_id, role, recorded_by_agency_id, sex, birth_year, birth_date_precision,
                         nationality, created_at)
     SELECT gen_random_uuid(), c.id, CASE WHEN k = 1 THEN 'survivor' ELSE 'suspect' END, c.opened_by_agency_id,
            CASE WHEN (hashtext(c.reference) + k) % 3 = 0 THEN 'male' ELSE 'female' END,
            1960 + abs(hashtext(c.reference || k)) % 50, 'year',
            (ARRAY['MX', 'MX', 'MX', 'MX', 'GT', 'HN', 'SV'])[1 + abs(hashtext(c.reference || k)) % 7],
            c.created_at
     FROM cases c, generate_series(1, $1::int) AS k`,
    [perCase],
  );
  await database.owner.query('ANALYZE cases; ANALYZE people; ANALYZE case_shares');
}

/** The cases a user of `agencyId` may see (no walls, assignments or break-glass in these data). */
export const VISIBLE_TO_AGENCY = `(owning_agency_id = $1 OR opened_by_agency_id = $1
  OR id IN (SELECT case_id FROM case_shares WHERE agency_id = $1 AND revoked_at IS NULL))`;

/** `count` prosecutors of the agency, each with a live session (as test/support/sessions.ts does). */
export async function prosecutorSessions(database: Database, agencyId: string, count: number) {
  const sessions: { userId: string; cookie: string }[] = [];
  for (let index = 0; index < count; index++) {
    const user = await database.owner.query(
      `INSERT INTO users (username, display_name, password_hash, agency_id)
       VALUES ($1, $1, '$argon2id$bench-only', $2) RETURNING id`,
      [`fiscal-bench-${index}`, agencyId],
    );
    await database.owner.query(`INSERT INTO user_roles (user_id, role) VALUES ($1, 'prosecutor')`, [
      user.rows[0].id,
    ]);
    const token = randomBytes(32).toString('base64url');
    await database.owner.query(
      `INSERT INTO sessions (token_hash, user_id, idle_expires_at, absolute_expires_at, authenticated_at)
       VALUES ($1, $2, now() + interval '1 hour', now() + interval '2 hours', now())`,
      [hashSessionToken(token), user.rows[0].id],
    );
    sessions.push({ userId: user.rows[0].id, cookie: `enlace_session=${token}` });
  }
  return sessions;
}

/**
 * Benchmarks measure capacity and latency with every client's request answered: a few accounts send
 * thousands of requests, so request limits are out of reach and load shedding is off (bench:load
 * switches it back on to measure it).
 */
export const BENCH_ENVIRONMENT = {
  ENLACE_LOG_LEVEL: 'silent',
  ENLACE_RATE_LIMIT_ACCOUNT_PER_MINUTE: '1000000',
  ENLACE_RATE_LIMIT_ADDRESS_PER_MINUTE: '1000000',
  ENLACE_OVERLOAD_IN_FLIGHT: '0',
  ENLACE_OVERLOAD_EVENT_LOOP_DELAY_MS: '0',
};

/**
 * The real HTTP app on a loopback port, with the audit sealer running as `enlace serve` runs it;
 * `appPoolSize` gives the app its own pool of that size instead of the database's; `environment`
 * adds settings (as environment variables).
 */
export async function startBenchServer(
  database: Database,
  appPoolSize?: number,
  environment: Record<string, string> = {},
) {
  const settings = loadSettings({ ...BENCH_ENVIRONMENT, ...environment });
  const pool = appPoolSize === undefined ? database.app : resizedPool(database.app, appPoolSize);
  const db =
    appPoolSize === undefined ? database.db : new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  const app = await buildApp({
    database: { ...database, app: pool, db },
    settings,
    keyRing: createKeyRing(),
    webRoot: false,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const sealer = startAuditSealer(database.owner);
  const { port } = app.server.address() as { port: number };
  let closing: Promise<void> | undefined;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    pool,
    close: () => {
      closing ??= app.close().then(async () => {
        await sealer.stop();
        if (pool !== database.app) await db.destroy();
      });
      return closing;
    },
  };
}

function resizedPool(app: pg.Pool, max: number): pg.Pool {
  // The password is a non-enumerable property of the options: spread leaves it out.
  const pool = new pg.Pool({ ...app.options, password: app.options.password, max });
  pool.on('error', () => undefined);
  return pool;
}

/** Samples how many queries wait for a pooled connection while `work` runs. */
export async function sampleWaiting<T>(pool: pg.Pool, work: () => Promise<T>) {
  const samples: number[] = [];
  const timer = setInterval(() => samples.push(pool.waitingCount), 20);
  try {
    return { result: await work(), samples };
  } finally {
    clearInterval(timer);
  }
}

/** One GET through a keep-alive agent; resolves with milliseconds to the last byte, throws on non-200. */
export function timedGet(agent: http.Agent, url: string, cookie?: string): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers: cookie ? { cookie } : {} }, (response) => {
      response.resume();
      response.on('end', () => {
        if (response.statusCode === 200) resolve(performance.now() - started);
        else reject(new Error(`GET ${new URL(url).pathname} answered ${response.statusCode}`));
      });
    });
    request.on('error', reject);
  });
}

/**
 * `count` requests with `concurrency` clients in flight, each client keeping its own cookie (one
 * signed-in user per client); returns latencies sorted ascending and requests per second.
 */
export async function load(
  agent: http.Agent,
  concurrency: number,
  count: number,
  request: (index: number) => { url: string; cookie?: string | undefined },
) {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const { url, cookie } = request(next++);
        latencies.push(await timedGet(agent, url, cookie));
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { latencies: latencies.sort((a, b) => a - b), perSecond: count / seconds };
}

/**
 * `count` requests arriving at `rate` per second whatever the answers (an open loop, as many users
 * each clicking now and then), at most `agent.maxSockets` in flight. Latency counts from the moment a
 * request was due, so time spent waiting behind slow answers is not hidden.
 */
export async function arrivals(
  agent: http.Agent,
  rate: number,
  count: number,
  request: (index: number) => { url: string; cookie?: string | undefined },
) {
  const latencies: number[] = [];
  const pending: Promise<void>[] = [];
  const started = performance.now();
  for (let index = 0; index < count; index++) {
    const due = started + (index * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const { url, cookie } = request(index);
    pending.push(timedGet(agent, url, cookie).then(() => void latencies.push(performance.now() - due)));
  }
  await Promise.all(pending);
  return latencies.sort((a, b) => a - b);
}

export function percentiles(sorted: number[]) {
  const at = (p: number) => round(sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!);
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: round(sorted[sorted.length - 1]!) };
}

export const round = (value: number, digits = 2) => Number(value.toFixed(digits));
