import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import type { CaseResult } from './cases.ts';
import { type Goal, type MeasuredCase, writeReport } from './report.ts';

/**
 * `npm run bench:linkage [-- --million] [-- --only febrl-4,febrl-3,pprl,100k,1m]`: runs each case in its own process, keeps
 * the results in last-results.json (so a million-record run stays on record when the quick cases are
 * run again) and rewrites the "Record linkage" section of docs/benchmarks.md.
 */
type Case = {
  /** What `--only` selects by. */
  id: string;
  name: string;
  args: string[];
  generate?: number;
  heapMb: number;
  goals: Goal[];
};

const CASES: Case[] = [
  {
    id: 'febrl-4',
    name: 'FEBRL 4a×4b',
    args: ['febrl-4'],
    heapMb: 2048,
    goals: [{ text: 'F1 ≥ 0.995', met: (r) => r.accuracy.f1 >= 0.995 }],
  },
  {
    id: 'febrl-3',
    name: 'FEBRL 3',
    args: ['febrl-3'],
    heapMb: 2048,
    goals: [{ text: 'F1 ≥ 0.99', met: (r) => r.accuracy.f1 >= 0.99 }],
  },
  {
    id: 'pprl',
    name: 'PPRL FEBRL 4a×4b',
    args: ['pprl'],
    heapMb: 2048,
    goals: [
      { text: 'precision ≥ 0.999', met: (r) => r.accuracy.precision >= 0.999 },
      { text: 'recall ≥ 0.99', met: (r) => r.accuracy.recall >= 0.99 },
    ],
  },
  {
    id: '100k',
    name: 'Generator 100,000',
    args: [],
    generate: 100_000,
    heapMb: 4096,
    goals: [
      { text: 'F1 ≥ 0.95', met: (r) => r.accuracy.f1 >= 0.95 },
      { text: 'unique-count error ≤ 1 %', met: (r) => r.accuracy.uniqueCountError <= 0.01 },
      { text: '< 60 s', met: (r) => r.seconds < 60 },
    ],
  },
  {
    id: '1m',
    name: 'Generator 1,000,000',
    args: [],
    generate: 1_000_000,
    heapMb: 7168,
    goals: [
      { text: '< 15 min', met: (r) => r.seconds < 900 },
      { text: 'within 8 GB', met: (r) => r.peakRssMb < 8192 },
    ],
  },
];

const argv = process.argv.slice(2);
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1]!.split(',') : null;
const selected = CASES.filter((c) =>
  only ? only.includes(c.id) : c.id !== '1m' || argv.includes('--million'),
);
const here = import.meta.dirname;
const resultsFile = path.join(here, 'last-results.json');
const previous: MeasuredCase[] = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : [];
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node.js ${process.versions.node}`;
const SEED = 20_261_129;

function runCase(args: string[], heapMb: number): string {
  const child = spawnSync(
    process.execPath,
    [`--max-old-space-size=${heapMb}`, '--import', 'tsx', path.join(here, 'run-case.ts'), ...args],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  if (child.status !== 0)
    throw new Error(`Benchmark case ${args.join(' ')} failed with exit code ${child.status}`);
  return child.stdout.trim().split('\n').at(-1)!;
}

const measured: MeasuredCase[] = [];
for (const benchmark of selected) {
  process.stderr.write(`${benchmark.name}…\n`);
  let args = benchmark.args;
  let dataDir: string | null = null;
  if (benchmark.generate) {
    dataDir = mkdtempSync(path.join(tmpdir(), 'enlace-linkage-data-'));
    runCase(['generate', String(benchmark.generate), String(SEED), dataDir], benchmark.heapMb);
    args = ['generated', benchmark.name, dataDir];
  }
  const result = JSON.parse(runCase(args, benchmark.heapMb)) as CaseResult;
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  measured.push({
    ...result,
    name: benchmark.name,
    measuredAt: new Date().toISOString().slice(0, 10),
    machine,
  });
  const goals = benchmark.goals
    .map((goal) => `${goal.text}: ${goal.met(result) ? 'met' : 'NOT MET'}`)
    .join(', ');
  process.stderr.write(
    `  F1 ${result.accuracy.f1.toFixed(4)}  P ${result.accuracy.precision.toFixed(4)}  R ${result.accuracy.recall.toFixed(4)}  unique-count error ${(result.accuracy.uniqueCountError * 100).toFixed(2)} %  ${result.seconds.toFixed(1)} s  ${result.peakRssMb} MB  (${goals})\n`,
  );
}

const merged = CASES.flatMap((c) => {
  const result = measured.find((m) => m.name === c.name) ?? previous.find((p) => p.name === c.name);
  return result ? [{ result, goals: c.goals }] : [];
});
writeFileSync(
  resultsFile,
  `${JSON.stringify(
    merged.map(({ result }) => result),
    null,
    2,
  )}\n`,
);
writeReport(path.resolve(here, '../../docs/benchmarks.md'), merged);
