import { parseArgs } from 'node:util';
import { runCrashHarness } from './crash-harness.ts';

/** `npm run reliability:crash -- --rounds N [--writers W]`: the long crash-safety run, on demand. */
const { values } = parseArgs({
  options: { rounds: { type: 'string', default: '20' }, writers: { type: 'string', default: '8' } },
});
const rounds = Number(values.rounds);
const writers = Number(values.writers);
if (!Number.isInteger(rounds) || rounds < 1 || !Number.isInteger(writers) || writers < 1) {
  process.stderr.write('usage: npm run reliability:crash -- --rounds N [--writers W] (whole numbers ≥ 1)\n');
  process.exit(2);
}

const started = Date.now();
const report = await runCrashHarness({
  rounds,
  writers,
  killAfterMs: [300, 3000],
  onRound: (round) =>
    process.stdout.write(
      `round ${round.round} (${round.victim} killed): ${round.acknowledgedSoFar} acknowledged so far, ${round.passed ? 'verified' : 'FAILED'}\n`,
    ),
});
const { ledger, verification, amcheck, durability } = report;
const lines = [
  `durability: fsync=${durability.fsync} synchronous_commit=${durability.synchronousCommit} full_page_writes=${durability.fullPageWrites} data_checksums=${durability.dataChecksums}`,
  `rounds: ${report.rounds.length} (${report.rounds.filter((r) => r.victim === 'postgres').length} PostgreSQL, ${report.rounds.filter((r) => r.victim === 'enlace').length} Enlace), writers: ${writers}`,
  `acknowledged writes verified: ${ledger.cases.length} cases, ${ledger.people.length} people (${ledger.cases.length + ledger.people.length}); answered reads verified: ${ledger.reads.length}`,
  `unacknowledged attempts: ${JSON.stringify(ledger.unacknowledged)}`,
  `server errors other than 503: ${report.serverErrors}`,
  `lost: ${verification.lostCases.length} cases, ${verification.lostPeople.length} people, ${verification.lostReads.length} read entries; half-present: ${JSON.stringify(verification.halfPresent)}`,
  `audit chain: ${verification.auditChainOk ? 'verifies' : 'BROKEN'} (${verification.auditEntries} entries)`,
  `amcheck: ${amcheck.indexesChecked} B-tree indexes and ${amcheck.tablesChecked} tables checked, ${amcheck.problems.length} problems`,
  ...amcheck.problems.map((problem) => `  ${problem}`),
  `elapsed: ${Math.round((Date.now() - started) / 1000)} s`,
  report.passed ? 'PASSED' : 'FAILED',
];
process.stdout.write(`${lines.join('\n')}\n`);
process.exitCode = report.passed ? 0 : 3;
