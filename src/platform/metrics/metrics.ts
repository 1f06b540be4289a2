import type pg from 'pg';
import { unsealedEntries } from '../audit/pending-entries.ts';
import type { Database } from '../db/database.ts';
import { createCounter, createHistogram, renderGauge } from './exposition.ts';

export type SweepName = 'transfers' | 'referrals';

/** What one Enlace process measures about itself; `/metrics` renders it. */
export type Metrics = ReturnType<typeof createMetrics>;

export function createMetrics() {
  const requests = createCounter(
    'enlace_http_requests_total',
    'HTTP requests answered, by route pattern and status.',
  );
  const durations = createHistogram(
    'enlace_http_request_duration_seconds',
    'Time to answer HTTP requests, by route pattern and status.',
  );
  const sweeps = createCounter(
    'enlace_sweep_runs_total',
    'Escalation sweep rounds run by this process, by outcome.',
  );
  return {
    /** `route` is the pattern that matched (`/api/v1/cases/:caseId`), never the URL asked for. */
    requestAnswered(method: string, route: string, status: number, seconds: number) {
      const labels = { method, route, status: String(status) };
      requests.inc(labels);
      durations.observe(labels, seconds);
    },
    sweepRound(sweep: SweepName, outcome: 'succeeded' | 'failed') {
      sweeps.inc({ sweep, outcome });
    },
    async render(database: Database): Promise<string> {
      const lag = await unsealedEntries(database.owner);
      const lines = [
        ...requests.render(),
        ...durations.render(),
        ...sweeps.render(),
        ...renderGauge('enlace_db_pool_connections', 'Database connections of each pool, by state.', [
          ...poolSamples('app', database.app),
          ...poolSamples('owner', database.owner),
        ]),
        ...renderGauge('enlace_audit_unsealed_entries', 'Audit entries committed but not yet chained.', [
          { labels: {}, value: lag.count },
        ]),
        ...renderGauge(
          'enlace_audit_sealer_lag_seconds',
          'Age of the oldest audit entry waiting for the sealer.',
          [{ labels: {}, value: lag.oldestSeconds }],
        ),
        ...renderGauge('enlace_process_resident_memory_bytes', 'Resident memory of this process.', [
          { labels: {}, value: process.memoryUsage.rss() },
        ]),
        ...renderGauge('enlace_process_uptime_seconds', 'Seconds since this process started.', [
          { labels: {}, value: Math.round(process.uptime()) },
        ]),
      ];
      return `${lines.join('\n')}\n`;
    },
  };
}

function poolSamples(pool: string, source: pg.Pool) {
  return [
    { labels: { pool, state: 'total' }, value: source.totalCount },
    { labels: { pool, state: 'idle' }, value: source.idleCount },
    { labels: { pool, state: 'waiting' }, value: source.waitingCount },
  ];
}
