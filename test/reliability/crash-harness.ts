import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type ServerProcess, startServeProcess } from '../support/cli.ts';
import { type AmcheckReport, runAmcheck } from './amcheck.ts';
import {
  type DurabilitySettings,
  durabilitySettings,
  postmasterPid,
  superuserPool,
} from './cluster-access.ts';
import { type Verification, verificationPassed, verifyWrites } from './crash-verify.ts';
import { createCaseWorker, emptyLedger, type Ledger, writeUntil } from './crash-writers.ts';

export type Victim = 'postgres' | 'enlace';

export type CrashOptions = {
  rounds: number;
  writers: number;
  /** Each round kills after a random pause between these bounds (milliseconds), once writes flow. */
  killAfterMs: [number, number];
  onRound?: (round: RoundReport) => void;
};

export type RoundReport = { round: number; victim: Victim; acknowledgedSoFar: number; passed: boolean };

export type CrashReport = {
  rounds: RoundReport[];
  ledger: Ledger;
  durability: DurabilitySettings;
  verification: Verification;
  amcheck: AmcheckReport;
  /** Answers of 500 and other server errors but 503 (the database is down: say so, do not fail). */
  serverErrors: number;
  passed: boolean;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const between = ([low, high]: [number, number]) => low + Math.floor(Math.random() * (high - low));
const acknowledged = (ledger: Ledger) => ledger.cases.length + ledger.people.length;
const serverErrorsOf = (ledger: Ledger) =>
  Object.entries(ledger.unacknowledged)
    .filter(([status]) => Number(status) >= 500 && status !== '503')
    .reduce((sum, [, count]) => sum + count, 0);

/**
 * Rounds of concurrent writers through `enlace serve` on its own embedded cluster; each round kills
 * the PostgreSQL server or the Enlace process with SIGKILL at a random moment, then the next start
 * (crash recovery included) is checked: every acknowledged write is there with its audit entry and
 * nothing is half-written. At the end the audit chain is verified and amcheck runs over everything.
 */
export async function runCrashHarness(options: CrashOptions): Promise<CrashReport> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'enlace-crash-'));
  // The writers share one account and write as fast as they can: the per-account limit would cap them.
  const env = { ENLACE_DATA_DIR: dataDir, ENLACE_PORT: '0', ENLACE_RATE_LIMIT_ACCOUNT_PER_MINUTE: '1000000' };
  const ledger = emptyLedger();
  const rounds: RoundReport[] = [];
  try {
    let server = await startServeProcess([], env);
    let superuser = await superuserPool(dataDir);
    const cookie = await createCaseWorker(superuser);
    const durability = await durabilitySettings(superuser);
    for (let round = 1; round <= options.rounds; round++) {
      const victim: Victim = round % 2 === 1 ? 'postgres' : 'enlace';
      await superuser.end();
      await crashRound(server, dataDir, victim, cookie, ledger, options);
      server = await startServeProcess([], env);
      superuser = await superuserPool(dataDir);
      const passed = verificationPassed(await verifyWrites(superuser, ledger));
      const report = { round, victim, acknowledgedSoFar: acknowledged(ledger), passed };
      rounds.push(report);
      options.onRound?.(report);
    }
    // Let the sealer chain what the last round wrote, then stop the way an operator would.
    await sleep(500);
    const verification = await verifyWrites(superuser, ledger);
    const amcheck = await runAmcheck(superuser);
    await superuser.end();
    server.child.kill('SIGTERM');
    await server.exited;
    const serverErrors = serverErrorsOf(ledger);
    const passed =
      rounds.every((round) => round.passed) &&
      verificationPassed(verification) &&
      amcheck.problems.length === 0 &&
      serverErrors === 0;
    return { rounds, ledger, durability, verification, amcheck, serverErrors, passed };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function crashRound(
  server: ServerProcess,
  dataDir: string,
  victim: Victim,
  cookie: string,
  ledger: Ledger,
  options: CrashOptions,
) {
  let stopped = false;
  const before = acknowledged(ledger);
  const writers = Array.from({ length: options.writers }, () =>
    writeUntil(server.baseUrl, cookie, ledger, () => stopped),
  );
  while (acknowledged(ledger) === before) await sleep(10);
  await sleep(between(options.killAfterMs));
  if (victim === 'postgres') {
    process.kill(await postmasterPid(dataDir), 'SIGKILL');
    // The writers keep going against a dead database, then Enlace is stopped as an operator would.
    await sleep(300);
    stopped = true;
    await Promise.all(writers);
    server.child.kill('SIGTERM');
    const forced = setTimeout(() => server.child.kill('SIGKILL'), 15_000);
    await server.exited;
    clearTimeout(forced);
  } else {
    server.child.kill('SIGKILL');
    stopped = true;
    await Promise.all(writers);
    await server.exited;
  }
}
