import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { CaseResult } from './cases.ts';

export type Goal = { text: string; met(result: CaseResult): boolean };

export type MeasuredCase = CaseResult & { measuredAt: string; machine: string };

const SECTION = '## Record linkage';

const percent = (value: number, digits = 2) => `${(value * 100).toFixed(digits)} %`;
const fixed = (value: number) => value.toFixed(4);

/** Replaces the "Record linkage" section of docs/benchmarks.md, leaving every other section as it is. */
export function writeReport(
  file: string,
  cases: readonly { result: MeasuredCase; goals: readonly Goal[] }[],
): void {
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const start = current.indexOf(SECTION);
  const next = start < 0 ? -1 : current.indexOf('\n## ', start + SECTION.length);
  const before = start < 0 ? `${current.trimEnd()}\n\n` : current.slice(0, start);
  const after = next < 0 ? '' : current.slice(next + 1);
  writeFileSync(file, `${before}${section(cases)}${after ? `\n${after}` : ''}`);
}

function section(entries: readonly { result: MeasuredCase; goals: readonly Goal[] }[]): string {
  const cases = entries.map((entry) => entry.result);
  const rows = entries.map(({ result: c, goals }) =>
    [
      c.name,
      c.records.toLocaleString('en'),
      c.accuracy.truePersons.toLocaleString('en'),
      fixed(c.accuracy.precision),
      fixed(c.accuracy.recall),
      fixed(c.accuracy.f1),
      fixed(c.accuracy.bcubedF1),
      percent(c.accuracy.uniqueCountError),
      fixed(c.blockingRecall),
      c.pairsCompared.toLocaleString('en'),
      c.cpuSeconds === undefined
        ? c.seconds.toFixed(1)
        : `${c.seconds.toFixed(1)} (${c.cpuSeconds.toFixed(1)})`,
      Math.round(c.records / c.seconds).toLocaleString('en'),
      `${c.peakRssMb.toLocaleString('en')} MB`,
      goals.map((goal) => `${goal.text}: ${goal.met(c) ? 'met' : '**not met**'}`).join('; '),
    ].join(' | '),
  );
  const baselines = cases
    .filter((c) => c.baseline)
    .map((c) => {
      const b = c.baseline!;
      return [
        c.name,
        fixed(b.precision),
        fixed(b.recall),
        fixed(b.f1),
        fixed(b.bcubedF1),
        percent(b.uniqueCountError),
      ].join(' | ');
    });
  const notes = cases.flatMap((c) => c.notes.map((note) => `- ${c.name}: ${note}`));
  const runs = [...new Set(cases.map((c) => `${c.measuredAt} on ${c.machine}`))];
  return [
    SECTION,
    '',
    'Written by `npm run bench:linkage` (the one-million-record case with `npm run bench:linkage -- --million`).',
    'Each case runs `enlace link` end to end in its own process — read the CSV files, learn the model,',
    'cluster, write `clusters.csv` — with the CLI defaults, and is scored from the file it wrote. Seconds',
    '(wall clock, with CPU seconds in parentheses: the machine is shared, so the wall clock includes waiting',
    'for a core), records per second and peak memory (maximum resident set size) cover that run only;',
    'generating the synthetic files is not counted. Pairwise figures count pairs of records placed in one',
    'cluster; B³ (B-cubed) averages per record; blocking recall is the share of true pairs that at least one',
    'blocking rule compares. The FEBRL files are linked without their social security number. See',
    '[linkage.md](linkage.md) for the model and the generator.',
    '',
    `Measured ${runs.join('; ')}.`,
    '',
    '| Case | Records | Persons | Precision | Recall | F1 | B³ F1 | Unique-count error | Blocking recall | Pairs compared | Seconds (CPU) | Records/s | Peak memory | Goal |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows.map((row) => `| ${row} |`),
    '',
    'Baseline measured in the same runs: records are one person when their normalised given names, both',
    'surnames and full birth date are identical.',
    '',
    '| Case | Precision | Recall | F1 | B³ F1 | Unique-count error |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...baselines.map((row) => `| ${row} |`),
    ...(notes.length > 0 ? ['', ...notes] : []),
    '',
  ].join('\n');
}
