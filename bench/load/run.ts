import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { text } from 'node:stream/consumers';
import { loadSettings } from '../../src/platform/config/config.ts';
import type { Database } from '../../src/platform/db/database.ts';
import {
  STAFF_ACCOUNTS,
  seedAgencies,
  seedCases,
  seedStaff,
  startBenchServer,
} from '../support/case-fixtures.ts';
import { scratchDatabase } from '../support/scratch-database.ts';
import type { DriveRun } from './drive.ts';
import { loadReport } from './report.ts';
import { selectByKeyCeiling } from './select-ceiling.ts';
import { browserHeaders, signInAccounts } from './sign-in-accounts.ts';
import type { EndpointResult } from './traffic.ts';
import type { watchProbe } from './watch-probe.ts';
import { type LoadPlan, webAppMix } from './web-app-mix.ts';

/**
 * `npm run bench:load`: Enlace on a fresh embedded PostgreSQL with synthetic cases, accounts of
 * several agencies signed in through the API, and autocannon (in a process of its own) sending the web
 * app's mix at rising concurrency; then each goal's request alone, a concurrency past capacity (load
 * shedding), the select-by-key ceiling on the same database, and the audit log against the 2xx answers.
 * `ENLACE_LOAD_LEVELS`, `ENLACE_LOAD_SECONDS`, `ENLACE_LOAD_OVERLOAD` and `ENLACE_LOAD_CASES` change the
 * run; `ENLACE_OVERLOAD_IN_FLIGHT` and `ENLACE_OVERLOAD_EVENT_LOOP_DELAY_MS` the server's shedding, and
 * `ENLACE_DB_POOL_SIZE` its connections.
 */
const LEVELS = (process.env.ENLACE_LOAD_LEVELS ?? '1,10,50,200').split(',').map(Number);
const SECONDS = Number(process.env.ENLACE_LOAD_SECONDS ?? 10);
const OVERLOAD = Number(process.env.ENLACE_LOAD_OVERLOAD ?? 400);
const CASES = Number(process.env.ENLACE_LOAD_CASES ?? 20_000);
const GOAL_LEVELS = [10, 50];
const AGENCIES = ['FEVIMTRA', 'FGE-PUE', 'FGE-CHP', 'FGE-JAL'] as const;

type Driven = {
  results: EndpointResult[];
  probe?: Awaited<ReturnType<ReturnType<typeof watchProbe>['stop']>>;
};

const log = (line: string) => process.stderr.write(`bench:load: ${line}\n`);

const database = await scratchDatabase(
  loadSettings({ ENLACE_DB_POOL_SIZE: process.env.ENLACE_DB_POOL_SIZE }).dbPoolSize,
);
const server = await (async () => {
  log(`seeding ${CASES} cases and ${STAFF_ACCOUNTS} staff accounts`);
  await seedAgencies(database);
  await seedCases(database, CASES);
  await database.owner.query(
    `INSERT INTO agencies (code, name, agency_type, sector, jurisdiction_level)
     VALUES ('CIT', 'Comisión Intersecretarial', 'interagency_commission', 'government', 'federal')`,
  );
  await seedStaff(database);
  return startBenchServer(database, undefined, overloadSettings());
})();
try {
  log('signing in accounts');
  const plan: LoadPlan = {
    baseUrl: server.baseUrl,
    headers: browserHeaders(server.baseUrl),
    prosecutors: await signInAccounts(database, server.baseUrl, AGENCIES, 'prosecutor', 5),
    statisticians: await signInAccounts(database, server.baseUrl, ['CIT'], 'statistician', 2),
    casesOf: await casesByAgency(database),
    annualFiguresYear: new Date().getFullYear() - 2,
  };
  const drive = (run: DriveRun) => driveInOwnProcess(plan, run);
  const loadBefore = os.loadavg();

  const levels: { connections: number; results: EndpointResult[] }[] = [];
  for (const connections of LEVELS) {
    log(`mix at ${connections}`);
    // One connection: each endpoint in turn, so none waits behind another.
    const run =
      connections === 1
        ? { connections, seconds: SECONDS / 2, inTurn: true }
        : { connections, seconds: SECONDS };
    levels.push({ connections, results: (await drive(run)).results });
  }
  const alone: EndpointResult[] = [];
  for (const name of ['case read', 'intake']) {
    for (const connections of GOAL_LEVELS) {
      log(`${name} alone at ${connections}`);
      alone.push(...(await drive({ connections, seconds: SECONDS, alone: name })).results);
    }
  }
  log(`mix at ${OVERLOAD} (past capacity)`);
  const overload = await drive({ connections: OVERLOAD, seconds: SECONDS, probe: true });

  log('select-by-key ceiling');
  const ceiling = await selectByKeyCeiling(database, 20, SECONDS);
  const loadAfter = os.loadavg();

  // Requests abandoned by autocannon at the end of a run may still finish on the server.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const everyResult = [...levels.flatMap((level) => level.results), ...alone, ...overload.results];
  const report = {
    at: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.versions.node },
    loadAverage: { before: loadBefore, after: loadAfter },
    cases: CASES,
    databasePool: database.app.options.max,
    accounts: {
      staff: STAFF_ACCOUNTS,
      prosecutors: plan.prosecutors.length,
      agencies: AGENCIES.length,
      statisticians: plan.statisticians.length,
    },
    secondsPerRun: SECONDS,
    levels,
    alone,
    overload: {
      connections: OVERLOAD,
      settings: overloadSettings(),
      results: overload.results,
      healthProbe: overload.probe!,
    },
    ceiling,
    audit: await auditAgainstAnswers(database, plan, everyResult),
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

/** Load shedding as deployed (the defaults), unless this shell sets other thresholds to try. */
function overloadSettings(): Record<string, string> {
  const defaults = loadSettings({});
  return {
    ENLACE_OVERLOAD_IN_FLIGHT: process.env.ENLACE_OVERLOAD_IN_FLIGHT ?? String(defaults.overloadInFlight),
    ENLACE_OVERLOAD_EVENT_LOOP_DELAY_MS:
      process.env.ENLACE_OVERLOAD_EVENT_LOOP_DELAY_MS ?? String(defaults.overloadEventLoopDelayMs),
  };
}

async function driveInOwnProcess(plan: LoadPlan, run: DriveRun): Promise<Driven> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', new URL('./drive.ts', import.meta.url).pathname],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  child.stdin.end(JSON.stringify({ plan, run }));
  const [output, code] = await Promise.all([
    text(child.stdout),
    new Promise<number | null>((resolve) => child.on('close', resolve)),
  ]);
  if (code !== 0) throw new Error(`load driver exited with ${code}`);
  return JSON.parse(output) as Driven;
}

async function casesByAgency(database: Database): Promise<Record<string, string[]>> {
  const owned = await database.owner.query<{ code: string; id: string }>(
    `SELECT a.code, c.id FROM cases c JOIN agencies a ON a.id = c.owning_agency_id
     WHERE a.code = ANY($1) ORDER BY c.id`,
    [AGENCIES],
  );
  const casesOf: Record<string, string[]> = Object.fromEntries(AGENCIES.map((code) => [code, []]));
  for (const row of owned.rows) casesOf[row.code]!.push(row.id);
  return casesOf;
}

/**
 * Every 2xx of an audited endpoint wrote its entry in the same transaction, and nothing refused did:
 * entries equal the 2xx answers, plus at most the requests autocannon abandoned in flight when a run
 * ended (the server finished them; nobody counted their answers).
 */
async function auditAgainstAnswers(database: Database, plan: LoadPlan, results: EndpointResult[]) {
  const checks = [];
  for (const endpoint of webAppMix(plan).filter((e) => e.audited)) {
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
