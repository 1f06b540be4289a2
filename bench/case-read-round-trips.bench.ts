import { caseView, readCase } from '../src/modules/cases/read-case.ts';
import { recordAudit } from '../src/platform/audit/record-audit.ts';
import { startAuditSealer } from '../src/platform/audit/sealer.ts';
import { withActor } from '../src/platform/db/with-actor.ts';
import { seedProsecutor } from './support/case-fixtures.ts';
import { clusterCpuMs } from './support/cluster-cpu.ts';
import { scratchDatabase } from './support/scratch-database.ts';

type Slice = { perSecond: number; nodeCpuMs: number; postgresCpuMs: number };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const twoDecimals = (value: number) => Math.round(value * 100) / 100;

/**
 * The audited case read as it runs now (`readCase`: withActorBatched, two round trips) against the same
 * use-case one statement per round trip (withActor: BEGIN, the actor's settings, the read, the audit
 * insert, COMMIT; the code of readCase before the batched path), on one database, alternated slice by
 * slice so the machine's other load hits both alike. Each slice measures reads/s and the CPU per read of
 * this Node.js process and of the whole PostgreSQL cluster (the sealer included, as in `enlace serve`).
 * No HTTP: `case-read-latency` and `bench:load` measure the reads through the API.
 */
export async function caseReadRoundTrips(options = { reads: 1_000, concurrency: [1, 20], rounds: 4 }) {
  const database = await scratchDatabase(20);
  try {
    const caller = await seedProsecutor(database.owner);
    const { agencyId } = caller;
    const cases = await database.owner.query(
      `INSERT INTO cases (reference, opened_by_agency_id, owning_agency_id, state_code)
       SELECT 'BENCH-' || n, $1, $1, 'PUE' FROM generate_series(1, 100) n RETURNING id`,
      [agencyId],
    );
    const caseIds: string[] = cases.rows.map((row) => row.id);
    const sealer = startAuditSealer(database.owner);
    const variants = {
      batched: (caseId: string) => readCase(database, caller, caseId),
      perStatement: (caseId: string) =>
        withActor(database.db, caller, async (trx) => {
          const view = await caseView(trx, caller, caseId);
          await recordAudit(trx, {
            action: 'case.read',
            recordType: 'case',
            recordId: caseId,
            details: { relation: view.relation },
          });
          return view;
        }),
    };
    const slice = async (read: (caseId: string) => Promise<unknown>, concurrency: number): Promise<Slice> => {
      let next = 0;
      const postgresBefore = await clusterCpuMs(database.dataDir!);
      const nodeBefore = process.cpuUsage();
      const started = performance.now();
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next < options.reads) await read(caseIds[next++ % caseIds.length]!);
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      const node = process.cpuUsage(nodeBefore);
      const postgresMs = (await clusterCpuMs(database.dataDir!)) - postgresBefore;
      return {
        perSecond: options.reads / seconds,
        nodeCpuMs: (node.user + node.system) / 1000 / options.reads,
        postgresCpuMs: postgresMs / options.reads,
      };
    };
    const results = [];
    for (const concurrency of options.concurrency) {
      for (const read of Object.values(variants)) await slice(read, concurrency); // warm-up
      const slices: Record<keyof typeof variants, Slice[]> = { batched: [], perStatement: [] };
      for (let round = 0; round < options.rounds; round++) {
        slices.perStatement.push(await slice(variants.perStatement, concurrency));
        slices.batched.push(await slice(variants.batched, concurrency));
      }
      const summary = (of: Slice[]) => ({
        perSecond: Math.round(median(of.map((s) => s.perSecond))),
        nodeCpuMsPerRead: twoDecimals(median(of.map((s) => s.nodeCpuMs))),
        postgresCpuMsPerRead: twoDecimals(median(of.map((s) => s.postgresCpuMs))),
      });
      results.push({
        concurrency,
        perStatement: summary(slices.perStatement),
        batched: summary(slices.batched),
        perSecondBySlice: {
          perStatement: slices.perStatement.map((s) => Math.round(s.perSecond)),
          batched: slices.batched.map((s) => Math.round(s.perSecond)),
        },
      });
    }
    await sealer.stop();
    const audited = await database.owner.query(
      `SELECT count(*)::int AS entries, (SELECT count(*)::int FROM audit_chain) AS sealed
       FROM audit_entries WHERE action = 'case.read'`,
    );
    return {
      name: 'case read round trips (batched against one statement per round trip)',
      results,
      readsPerSlice: options.reads,
      rounds: options.rounds,
      auditEntries: audited.rows[0].entries,
      sealed: audited.rows[0].sealed,
    };
  } finally {
    await database.close();
  }
}
