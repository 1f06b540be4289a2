import { describe, expect, it } from 'vitest';
import { runCrashHarness } from './crash-harness.ts';

/** The short run of `npm run reliability:crash`: one PostgreSQL crash and one Enlace crash. */
describe('crash safety of acknowledged writes', () => {
  it('keeps every acknowledged write with its audit entry through SIGKILLs of PostgreSQL and Enlace', async () => {
    const report = await runCrashHarness({ rounds: 2, writers: 4, killAfterMs: [200, 800] });

    expect(report.durability).toEqual({
      fsync: 'on',
      synchronousCommit: 'on',
      fullPageWrites: 'on',
      dataChecksums: 'on',
    });
    expect(report.rounds.map((round) => [round.victim, round.passed])).toEqual([
      ['postgres', true],
      ['enlace', true],
    ]);
    expect(report.ledger.cases.length).toBeGreaterThan(0);
    expect(report.verification.lostCases).toEqual([]);
    expect(report.verification.lostPeople).toEqual([]);
    expect(report.ledger.reads.length).toBeGreaterThan(0);
    expect(report.verification.lostReads).toEqual([]);
    expect(Object.values(report.verification.halfPresent).every((count) => count === 0)).toBe(true);
    expect(report.verification.auditChainOk).toBe(true);
    // Every acknowledged write left an audit entry; the setup itself writes none.
    expect(report.verification.auditEntries).toBeGreaterThanOrEqual(
      report.ledger.cases.length + report.ledger.people.length + report.ledger.reads.length,
    );
    expect(report.amcheck.indexesChecked).toBeGreaterThan(100);
    expect(report.amcheck.problems).toEqual([]);
    // A dead database is answered 503 (or the connection breaks), never 500.
    expect(report.serverErrors).toBe(0);
    expect(report.passed).toBe(true);
  }, 240_000);
});
