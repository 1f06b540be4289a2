import { auditOverhead } from './audit-overhead.bench.ts';
import { importThroughput } from './import.bench.ts';
import { referralMatching } from './referral-matching.bench.ts';

/** `npm run bench`: every benchmark that runs in a few minutes; results as JSON lines on stdout. */
const BENCHMARKS: Record<string, () => Promise<object>> = {
  'audit-overhead': () => auditOverhead(),
  'import-throughput': () => importThroughput(),
  'referral-matching': async () => referralMatching(),
};

const OPT_IN: Record<string, () => Promise<object>> = {};

const selected = process.argv.slice(2);
for (const [name, run] of Object.entries({ ...BENCHMARKS, ...OPT_IN })) {
  if (selected.length > 0 ? !selected.includes(name) : name in OPT_IN) continue;
  process.stderr.write(`bench: ${name}…\n`);
  process.stdout.write(
    `${JSON.stringify({ benchmark: name, at: new Date().toISOString(), ...(await run()) })}\n`,
  );
}
