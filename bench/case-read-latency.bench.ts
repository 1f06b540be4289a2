import http from 'node:http';
import {
  arrivals,
  load,
  percentiles,
  prosecutorSessions,
  round,
  sampleWaiting,
  seedAgencies,
  seedCases,
  startBenchServer,
} from './support/case-fixtures.ts';
import { scratchDatabase } from './support/scratch-database.ts';

type Options = {
  cases: number;
  concurrency: number;
  requests: number;
  warmup: number;
  /** The first is the application's default (src/platform/db/database.ts); the others are what-ifs. */
  poolSizes: number[];
  unloadedRequests: number;
  /** Open-loop arrival rates (requests per second), each held for `arrivalSeconds`. */
  arrivalRates: number[];
  arrivalSeconds: number;
};

const DEFAULTS: Options = {
  cases: 10_000,
  concurrency: 200,
  requests: 10_000,
  warmup: 1_000,
  poolSizes: [20, 10, 40],
  unloadedRequests: 500,
  arrivalRates: [50, 100, 150],
  arrivalSeconds: 12,
};

/**
 * Case read latency through the API: `concurrency` signed-in prosecutors (one session and one
 * keep-alive connection each, every one sending its next request as soon as the last is answered)
 * read the federal prosecutor's cases with GET /api/v1/cases/:id — session resolution, row-level
 * security, access facts and an audit entry per read, the sealer running — against GET /api/health at
 * the same concurrency through the same server, alternated in one run; then the same with other
 * application pool sizes, both requests from one client alone (no queueing), and both arriving at fixed
 * rates whatever the answers (an open loop: many users, each reading now and then).
 */
export async function caseReadLatency(overrides: Partial<Options> = {}) {
  const options = { ...DEFAULTS, ...overrides };
  const database = await scratchDatabase();
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  try {
    const federal = await seedAgencies(database);
    await seedCases(database, options.cases);
    const owned = await database.owner.query<{ id: string }>(
      'SELECT id FROM cases WHERE owning_agency_id = $1 ORDER BY id',
      [federal],
    );
    const caseIds = owned.rows.map((row) => row.id);
    const cookies = (await prosecutorSessions(database, federal, options.concurrency)).map((s) => s.cookie);
    const variants = [];
    let unloaded: object | undefined;
    const atRates = [];
    for (const poolSize of options.poolSizes) {
      const server = await startBenchServer(database, poolSize);
      try {
        const read = (index: number) => ({
          url: `${server.baseUrl}/api/v1/cases/${caseIds[(index * 7919) % caseIds.length]}`,
          cookie: cookies[index % cookies.length],
        });
        const health = () => ({ url: `${server.baseUrl}/api/health` });
        await load(agent, options.concurrency, options.warmup, read);
        await load(agent, options.concurrency, options.warmup, health);
        const reads = [];
        const healths = [];
        const waiting: number[] = [];
        // Two halves each, alternated, so that the shared machine's noise hits both variants alike.
        for (let half = 0; half < 2; half++) {
          healths.push(await load(agent, options.concurrency, options.requests / 2, health));
          const sampled = await sampleWaiting(server.pool, () =>
            load(agent, options.concurrency, options.requests / 2, read),
          );
          reads.push(sampled.result);
          waiting.push(...sampled.samples);
        }
        const caseReadMs = percentiles(reads.flatMap((run) => run.latencies).sort((a, b) => a - b));
        const healthMs = percentiles(healths.flatMap((run) => run.latencies).sort((a, b) => a - b));
        variants.push({
          appPoolSize: poolSize,
          caseReadMs,
          caseReadsPerSecond: Math.round(mean(reads.map((run) => run.perSecond))),
          healthMs,
          healthPerSecond: Math.round(mean(healths.map((run) => run.perSecond))),
          ratioP50: round(caseReadMs.p50 / healthMs.p50),
          ratioP99: round(caseReadMs.p99 / healthMs.p99),
          waitingForConnection: { mean: round(mean(waiting), 1), max: Math.max(...waiting) },
        });
        if (!unloaded) {
          const one = await load(agent, 1, options.unloadedRequests, read);
          const base = await load(agent, 1, options.unloadedRequests, health);
          unloaded = {
            caseReadMs: percentiles(one.latencies),
            healthMs: percentiles(base.latencies),
            ratioP50: round(percentiles(one.latencies).p50 / percentiles(base.latencies).p50),
          };
          for (const rate of options.arrivalRates) {
            const count = rate * options.arrivalSeconds;
            const caseReadMs = percentiles(await arrivals(agent, rate, count, read));
            const healthMs = percentiles(await arrivals(agent, rate, count, health));
            atRates.push({
              perSecond: rate,
              requests: count,
              caseReadMs,
              healthMs,
              goalMet: caseReadMs.p99 < 50,
            });
          }
        }
      } finally {
        await server.close();
      }
    }
    const audited = await database.owner.query(
      `SELECT count(*)::int AS entries, count(c.entry_id)::int AS sealed
       FROM audit_entries e LEFT JOIN audit_chain c ON c.entry_id = e.id WHERE e.action = 'case.read'`,
    );
    const chosen = variants[0]!;
    return {
      name: 'case read latency through the API (audit on)',
      cases: options.cases,
      casesRead: caseIds.length,
      concurrency: options.concurrency,
      requests: options.requests,
      warmup: options.warmup,
      ...chosen,
      otherPoolSizes: variants.slice(1),
      arrivals: atRates,
      oneClient: { requests: options.unloadedRequests, ...unloaded },
      auditEntries: audited.rows[0].entries,
      auditEntriesSealed: audited.rows[0].sealed,
      goal: 'case read p99 < 50 ms at 200 concurrent',
      goalMet: chosen.caseReadMs.p99 < 50,
    };
  } finally {
    agent.destroy();
    await database.close();
  }
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
