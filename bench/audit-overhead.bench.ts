import { readCase } from '../src/modules/cases/read-case.ts';
import { accessFacts, findCase } from '../src/modules/cases/store.ts';
import { startAuditSealer } from '../src/platform/audit/sealer.ts';
import { withActor } from '../src/platform/db/with-actor.ts';
import { seedProsecutor } from './support/case-fixtures.ts';
import { compare, throughput } from './support/measure.ts';
import { scratchDatabase } from './support/scratch-database.ts';

/**
 * Audit overhead: the same case read through the real use-case (audit entry in the read's transaction,
 * sealer running) against the read without its audit entry, measured alternately in one run.
 */
export async function auditOverhead(options = { reads: 1000, concurrency: 16, rounds: 5 }) {
  const database = await scratchDatabase(options.concurrency);
  try {
    const caller = await seedProsecutor(database.owner);
    const { agencyId } = caller;
    const opened = await database.owner.query(
      `INSERT INTO cases (reference, opened_by_agency_id, owning_agency_id, state_code) VALUES ('BENCH-1', $1, $1, 'PUE') RETURNING id`,
      [agencyId],
    );
    const caseId: string = opened.rows[0].id;
    const sealer = startAuditSealer(database.owner);
    const audited = () =>
      throughput(options.reads, options.concurrency, () => readCase(database, caller, caseId));
    const unaudited = () =>
      throughput(options.reads, options.concurrency, () =>
        withActor(database.db, caller, async (trx) => {
          const row = await findCase(trx, caseId);
          return row && accessFacts(trx, row, caller.userId);
        }),
      );
    const result = await compare(options.rounds, audited, unaudited);
    await sealer.stop();
    const sealed = await database.owner.query('SELECT count(*)::int AS n FROM audit_chain');
    return {
      name: 'audit overhead (case reads)',
      auditedPerSecond: Math.round(result.a),
      unauditedPerSecond: Math.round(result.b),
      ratio: Number(result.ratio.toFixed(3)),
      entriesSealed: sealed.rows[0].n,
      reads: options.reads,
      concurrency: options.concurrency,
      rounds: options.rounds,
    };
  } finally {
    await database.close();
  }
}
