import { round } from '../support/case-fixtures.ts';
import type { EndpointResult } from './traffic.ts';

type Ceiling = { workload: string; clients: number; perSecond: number; ms: { p50: number; p99: number } };
type AuditCheck = {
  endpoint: string;
  answered2xx: number;
  auditEntries: number;
  abandonedInFlight: number;
  consistent: boolean;
};

export type LoadRun = {
  at: string;
  loadAverage: { before: number[]; after: number[] };
  /** Connections of the pool that served the requests (ENLACE_DB_POOL_SIZE). */
  databasePool: number;
  levels: { connections: number; results: EndpointResult[] }[];
  alone: EndpointResult[];
  overload: {
    connections: number;
    results: EndpointResult[];
    healthProbe: { statuses: Record<string, number>; ms: { p50: number; p99: number } };
  };
  ceiling: Ceiling;
  audit: AuditCheck[];
};

const READ_GOAL = { perSecond: 1000, p99Ms: 50 };
const WRITE_GOAL = { perSecond: 200 };

const ms = (value: number | undefined) => (value === undefined ? '—' : `${value} ms`);
const count = (answered: Record<string, number>, status: (code: number) => boolean) =>
  Object.entries(answered).reduce((sum, [code, n]) => sum + (status(Number(code)) ? n : 0), 0);
const others = (answered: Record<string, number>) =>
  Object.entries(answered)
    .filter(([code]) => Number(code) >= 300)
    .map(([code, n]) => `${n} × ${code}`)
    .join(', ') || '—';

/** The figures the goals are judged by, and the Markdown tables docs/benchmarks.md quotes. */
export function loadReport(run: LoadRun) {
  const summary = summarize(run);
  return { summary, markdown: markdownOf(run, summary) };
}

type Summary = ReturnType<typeof summarize>;

const fastest = <T extends { perSecond: number }>(results: readonly T[]) =>
  results.reduce((best, r) => (r.perSecond > best.perSecond ? r : best));

function summarize(run: LoadRun) {
  const reads = run.alone.filter((result) => result.endpoint === 'case read');
  const writes = run.alone.filter((result) => result.endpoint === 'intake');
  // The fastest reads within the latency bound, where there are some: the goal is judged on those.
  const withinLatency = reads.filter((r) => (r.okMs?.p99 ?? Infinity) < READ_GOAL.p99Ms);
  const bestRead = fastest(withinLatency.length > 0 ? withinLatency : reads);
  const bestWrite = fastest(writes);
  const readGoalMet = withinLatency.some((r) => r.perSecond >= READ_GOAL.perSecond);
  const shed = run.overload.results.map((r) => ({
    endpoint: r.endpoint,
    ok: count(r.answered, (code) => code < 300),
    overloaded: r.answered['503'] ?? 0,
    refusedMs: r.refusedMs,
  }));
  return {
    at: run.at,
    goals: {
      auditedCaseReads: {
        goal: `≥ ${READ_GOAL.perSecond}/s with p99 < ${READ_GOAL.p99Ms} ms`,
        best: { connections: bestRead.connections, perSecond: bestRead.perSecond, p99Ms: bestRead.okMs?.p99 },
        met: readGoalMet,
      },
      caseWrites: {
        goal: `≥ ${WRITE_GOAL.perSecond}/s`,
        best: {
          connections: bestWrite.connections,
          perSecond: bestWrite.perSecond,
          p99Ms: bestWrite.okMs?.p99,
        },
        met: bestWrite.perSecond >= WRITE_GOAL.perSecond,
      },
    },
    ceiling: run.ceiling,
    ratios: {
      caseReadsToSelects: round(bestRead.perSecond / run.ceiling.perSecond, 4),
      caseWritesToSelects: round(bestWrite.perSecond / run.ceiling.perSecond, 4),
    },
    overload: {
      connections: run.overload.connections,
      answered2xx: shed.reduce((sum, s) => sum + s.ok, 0),
      overloaded503: shed.reduce((sum, s) => sum + s.overloaded, 0),
      worst503p99Ms: Math.max(0, ...shed.map((s) => s.refusedMs?.p99 ?? 0)),
      healthProbe: run.overload.healthProbe,
    },
    auditMatches: run.audit.every((check) => check.consistent),
  };
}

function markdownOf(run: LoadRun, summary: Summary): string {
  const lines = [
    `Run ${run.at}; load average before ${fmt(run.loadAverage.before)}, after ${fmt(run.loadAverage.after)}; database pool ${run.databasePool} connections.`,
    '',
  ];
  lines.push(
    '| Concurrency | Endpoint | Connections | 2xx/s | p50 | p99 | Other answers |',
    '| ---: | --- | ---: | ---: | ---: | ---: | --- |',
  );
  for (const level of run.levels)
    for (const r of level.results)
      lines.push(
        `| ${level.connections} | ${r.endpoint} | ${r.connections} | ${r.perSecond} | ${ms(r.okMs?.p50)} | ${ms(r.okMs?.p99)} | ${others(r.answered)} |`,
      );
  lines.push(
    '',
    '| Alone | Connections | 2xx/s | p50 | p99 | Other answers |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
  );
  for (const r of run.alone)
    lines.push(
      `| ${r.endpoint} | ${r.connections} | ${r.perSecond} | ${ms(r.okMs?.p50)} | ${ms(r.okMs?.p99)} | ${others(r.answered)} |`,
    );
  lines.push('', `Past capacity (${run.overload.connections} connections):`, '');
  lines.push(
    '| Endpoint | Connections | 2xx | 2xx p50 | 2xx p99 | 503 | 503 p50 | 503 p99 | Other answers |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  );
  for (const r of run.overload.results)
    lines.push(
      `| ${r.endpoint} | ${r.connections} | ${count(r.answered, (c) => c < 300)} | ${ms(r.okMs?.p50)} | ${ms(r.okMs?.p99)} | ${r.answered['503'] ?? 0} | ${ms(r.refusedMs?.p50)} | ${ms(r.refusedMs?.p99)} | ${others(r.answered)} |`,
    );
  const probe = run.overload.healthProbe;
  lines.push(
    '',
    `\`/api/health\` meanwhile: ${JSON.stringify(probe.statuses)}, p50 ${ms(probe.ms.p50)}, p99 ${ms(probe.ms.p99)}.`,
  );
  lines.push(
    '',
    `Ceiling: ${run.ceiling.workload}, ${run.ceiling.clients} clients: ${run.ceiling.perSecond}/s, p50 ${ms(run.ceiling.ms.p50)}, p99 ${ms(run.ceiling.ms.p99)}.`,
  );
  lines.push(`Ratios: ${JSON.stringify(summary.ratios)}.`, '');
  lines.push(
    '| Audited endpoint | 2xx | Audit entries | Abandoned in flight | Consistent |',
    '| --- | ---: | ---: | ---: | --- |',
  );
  for (const check of run.audit)
    lines.push(
      `| ${check.endpoint} | ${check.answered2xx} | ${check.auditEntries} | ${check.abandonedInFlight} | ${check.consistent ? 'yes' : '**no**'} |`,
    );
  lines.push('', `Goals: ${JSON.stringify(summary.goals)}`, '');
  return lines.join('\n');
}

const fmt = (averages: number[]) => averages.map((value) => value.toFixed(2)).join(', ');
