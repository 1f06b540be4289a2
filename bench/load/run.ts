import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { STATE_CODES } from '../../src/modules/catalog/states.ts';
import type { Database } from '../../src/platform/db/database.ts';
import { seedAgencies, seedCases, startBenchServer } from '../support/case-fixtures.ts';
import { scratchDatabase } from '../support/scratch-database.ts';
import { loadReport } from './report.ts';
import { selectByKeyCeiling } from './select-ceiling.ts';
import { browserHeaders, type SignedInAccount, signInAccounts } from './sign-in-accounts.ts';
import { type Endpoint, type EndpointResult, runEndpoint, runMix } from './traffic.ts';
import { watchProbe } from './watch-probe.ts';

/**
 * `npm run bench:load`: Enlace on a fresh embedded PostgreSQL with synthetic cases, accounts of
 * several agencies signed in through the API, and autocannon sending the web app's mix at rising
 * concurrency; then each goal's request alone, a concurrency past capacity (load shedding), the
 * select-by-key ceiling on the same database, and the audit log checked against the 2xx answers.
 * `ENLACE_LOAD_LEVELS`, `ENLACE_LOAD_SECONDS`, `ENLACE_LOAD_OVERLOAD` and `ENLACE_LOAD_CASES` change the run.
 */
const LEVELS = (process.env.ENLACE_LOAD_LEVELS ?? '1,10,50,200').split(',').map(Number);
const SECONDS = Number(process.env.ENLACE_LOAD_SECONDS ?? 10);
const OVERLOAD = Number(process.env.ENLACE_LOAD_OVERLOAD ?? 400);
const CASES = Number(process.env.ENLACE_LOAD_CASES ?? 20_000);
const GOAL_LEVELS = [10, 50];
const AGENCIES = ['FEVIMTRA', 'FGE-PUE', 'FGE-CHP', 'FGE-JAL'] as const;
const ANNUAL_FIGURES_YEAR = new Date().getFullYear() - 2;

const log = (line: string) => process.stderr.write(`bench:load: ${line}\n`);

const database = await scratchDatabase();
const server = await (async () => {
  log(`seeding ${CASES} cases`);
  await seedAgencies(database);
  await seedCases(database, CASES);
  await database.owner.query(
    `INSERT INTO agencies (code, name, agency_type, sector, jurisdiction_level)
     VALUES ('CIT', 'Comisión Intersecretarial', 'interagency_commission', 'government', 'federal')`,
  );
  return startBenchServer(database);
})();
try {
  const headers = browserHeaders(server.baseUrl);
  log('signing in accounts');
  const prosecutors = await signInAccounts(database, server.baseUrl, AGENCIES, 'prosecutor', 5);
  const statisticians = await signInAccounts(database, server.baseUrl, ['CIT'], 'statistician', 2);
  const endpoints = await webAppMix(database, prosecutors, statisticians);
  const loadBefore = os.loadavg();

  const levels: { connections: number; results: EndpointResult[] }[] = [];
  for (const level of LEVELS) {
    log(`mix at ${level}`);
    // One connection alone: each endpoint in turn, so none waits behind another.
    const results =
      level === 1
        ? await sequentially(
            endpoints.map((endpoint) => () => runEndpoint(server.baseUrl, headers, endpoint, 1, SECONDS / 2)),
          )
        : await runMix(server.baseUrl, headers, endpoints, level, SECONDS);
    levels.push({ connections: level, results });
  }

  const alone: EndpointResult[] = [];
  for (const name of ['case read', 'intake']) {
    for (const level of GOAL_LEVELS) {
      log(`${name} alone at ${level}`);
      alone.push(
        await runEndpoint(server.baseUrl, headers, endpoints.find((e) => e.name === name)!, level, SECONDS),
      );
    }
  }

  log(`mix at ${OVERLOAD} (past capacity)`);
  const probe = watchProbe(`${server.baseUrl}/api/health`);
  const overload = await runMix(server.baseUrl, headers, endpoints, OVERLOAD, SECONDS);
  const probeDuringOverload = await probe.stop();

  log('select-by-key ceiling');
  const ceiling = await selectByKeyCeiling(database, 20, SECONDS);
  const loadAfter = os.loadavg();

  // Requests abandoned by autocannon at the end of a run may still finish on the server.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const audit = await auditAgainstAnswers(database, endpoints, [
    ...levels.flatMap((level) => level.results),
    ...alone,
    ...overload,
  ]);
  const report = {
    at: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.versions.node },
    loadAverage: { before: loadBefore, after: loadAfter },
    cases: CASES,
    accounts: {
      prosecutors: prosecutors.length,
      agencies: AGENCIES.length,
      statisticians: statisticians.length,
    },
    secondsPerRun: SECONDS,
    levels,
    alone,
    overload: { connections: OVERLOAD, results: overload, healthProbe: probeDuringOverload },
    ceiling,
    audit,
  };
  const { summary, markdown } = loadReport(report);
  const stamp = report.at.replaceAll(':', '-').slice(0, 19);
  await mkdir('artifacts', { recursive: true });
  await writeFile(`artifacts/load-${stamp}.json`, `${JSON.stringify({ ...report, summary }, null, 2)}\n`);
  await writeFile(`artifacts/load-${stamp}.md`, markdown);
  process.stdout.write(`${JSON.stringify({ benchmark: 'load', ...summary })}\n`);
  log(`written artifacts/load-${stamp}.json and .md`);
} finally {
  await server.close();
  await database.close();
}

async function sequentially<T>(runs: (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = [];
  for (const run of runs) results.push(await run());
  return results;
}

/** The web app's traffic: mostly reading cases, then searching, intake, the referral inbox and statistics. */
async function webAppMix(
  database: Database,
  prosecutors: SignedInAccount[],
  statisticians: SignedInAccount[],
): Promise<Endpoint[]> {
  const owned = await database.owner.query<{ code: string; id: string }>(
    `SELECT a.code, c.id FROM cases c JOIN agencies a ON a.id = c.owning_agency_id
     WHERE a.code = ANY($1) ORDER BY c.id`,
    [AGENCIES],
  );
  const casesOf = new Map<string, string[]>(AGENCIES.map((code) => [code, []]));
  for (const row of owned.rows) casesOf.get(row.code)!.push(row.id);
  const cookies = prosecutors.map((account) => account.cookie);
  const agencyOf = (cookie: number) => prosecutors[cookie]!.agency;
  const stateOf = (cookie: number, index: number) =>
    agencyOf(cookie) === 'FEVIMTRA' ? STATE_CODES[index % STATE_CODES.length]! : agencyOf(cookie).slice(4);
  const statuses = ['identification', 'investigation', 'prosecution'];
  return [
    {
      name: 'case read',
      audited: 'case.read',
      weight: 60,
      cookies,
      method: 'GET',
      path: (index, cookie) => {
        const cases = casesOf.get(agencyOf(cookie))!;
        return `/api/v1/cases/${cases[(index * 7919) % cases.length]}`;
      },
    },
    {
      name: 'search',
      weight: 15,
      cookies,
      method: 'GET',
      path: (index, cookie) =>
        `/api/v1/cases?stateCode=${stateOf(cookie, index)}&status=${statuses[index % statuses.length]}&limit=20`,
    },
    {
      name: 'intake',
      audited: 'case.open',
      weight: 15,
      cookies,
      method: 'POST',
      path: () => '/api/v1/cases',
      body: (cookie) => JSON.stringify({ stateCode: stateOf(cookie, cookie) }),
    },
    { name: 'referrals', weight: 8, cookies, method: 'GET', path: () => '/api/v1/referrals' },
    {
      name: 'statistics',
      weight: 2,
      rate: 1,
      cookies: statisticians.map((account) => account.cookie),
      method: 'GET',
      path: () => `/api/v1/statistics/annual/${ANNUAL_FIGURES_YEAR}`,
    },
  ];
}

/**
 * Every 2xx of an audited endpoint wrote its entry in the same transaction, and nothing refused did:
 * entries equal the 2xx answers, plus at most the requests autocannon abandoned in flight when a run
 * ended (the server finished them; nobody counted their answers).
 */
async function auditAgainstAnswers(database: Database, endpoints: Endpoint[], results: EndpointResult[]) {
  const checks = [];
  for (const endpoint of endpoints.filter((e) => e.audited)) {
    const mine = results.filter((result) => result.endpoint === endpoint.name);
    const ok = mine.reduce((sum, r) => sum + sumOf(r.answered, (status) => status < 300), 0);
    const refused = mine.reduce((sum, r) => sum + sumOf(r.answered, (status) => status >= 300), 0);
    const abandoned = mine.reduce((sum, r) => sum + r.sent - sumOf(r.answered, () => true), 0);
    const entries = await database.owner.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM audit_entries WHERE action = $1',
      [endpoint.audited],
    );
    const found = entries.rows[0]!.n;
    checks.push({
      endpoint: endpoint.name,
      action: endpoint.audited!,
      answered2xx: ok,
      refused,
      abandonedInFlight: abandoned,
      auditEntries: found,
      consistent: found >= ok && found <= ok + abandoned,
    });
  }
  return checks;
}

function sumOf(answered: Record<string, number>, which: (status: number) => boolean): number {
  return Object.entries(answered).reduce((sum, [status, n]) => sum + (which(Number(status)) ? n : 0), 0);
}
