import { annualFigures } from './annual-figures.bench.ts';
import { auditOverhead } from './audit-overhead.bench.ts';
import { caseListScale } from './case-list-scale.bench.ts';
import { caseReadLatency } from './case-read-latency.bench.ts';
import { caseReadRoundTrips } from './case-read-round-trips.bench.ts';
import { importThroughput } from './import.bench.ts';
import { linkageIncremental } from './linkage-incremental.bench.ts';
import { recordsExchange } from './records-exchange.bench.ts';
import { referralMatching } from './referral-matching.bench.ts';

/** `npm run bench`: every benchmark that runs in a few minutes; results as JSON lines on stdout. */
const BENCHMARKS: Record<string, () => Promise<object>> = {
  'audit-overhead': () => auditOverhead(),
  'case-read-latency': () => caseReadLatency(),
  'case-read-round-trips': () => caseReadRoundTrips(),
  'import-throughput': () => importThroughput(importPersonsFromEnvironment()),
  'referral-matching': async () => referralMatching(),
  'linkage-incremental': () => linkageIncremental(),
};

/**
 * Longer than a few minutes: run only when named (`npm run bench -- case-list-scale`);
 * `ENLACE_BENCH_PERSONS=N` runs the case list at N people instead of a million.
 */
const OPT_IN: Record<string, () => Promise<object>> = {
  'case-list-scale': () => caseListScale(personsFromEnvironment()),
  'annual-figures': () => annualFigures(),
  'records-exchange': () => recordsExchange(casesFromEnvironment()),
};

function personsFromEnvironment(): { persons?: number } {
  const persons = Number(process.env.ENLACE_BENCH_PERSONS);
  return Number.isSafeInteger(persons) && persons >= 20_000 ? { persons } : {};
}

/** `ENLACE_BENCH_IMPORT_PERSONS=N` imports N people instead of 100,000 (quicker runs, profiling). */
function importPersonsFromEnvironment(): { persons?: number } {
  const persons = Number(process.env.ENLACE_BENCH_IMPORT_PERSONS);
  return Number.isSafeInteger(persons) && persons >= 2_000 ? { persons } : {};
}

/** `ENLACE_BENCH_CASES=N` runs the record-lines exchange at N cases instead of 1,000. */
function casesFromEnvironment(): { cases?: number } {
  const cases = Number(process.env.ENLACE_BENCH_CASES);
  return Number.isSafeInteger(cases) && cases >= 10 ? { cases } : {};
}

const selected = process.argv.slice(2);
for (const [name, run] of Object.entries({ ...BENCHMARKS, ...OPT_IN })) {
  if (selected.length > 0 ? !selected.includes(name) : name in OPT_IN) continue;
  process.stderr.write(`bench: ${name}…\n`);
  process.stdout.write(
    `${JSON.stringify({ benchmark: name, at: new Date().toISOString(), ...(await run()) })}\n`,
  );
}
