import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AGENCIES } from '../../src/modules/demo/synthetic/agency-profiles.ts';
import { generateRecords } from '../../src/modules/demo/synthetic/generate.ts';
import { LINK_DEFAULTS } from '../../src/modules/linkage/defaults.ts';
import { encodeFile } from '../../src/modules/linkage/io/encode-file.ts';
import { DEFAULT_MAP, parseInputMap, STANDARD_FIELDS } from '../../src/modules/linkage/io/input-map.ts';
import { linkEncodedFiles } from '../../src/modules/linkage/io/link-encoded-files.ts';
import { linkFiles } from '../../src/modules/linkage/io/link-files.ts';
import { readEncodings } from '../../src/modules/linkage/io/read-encodings.ts';
import { rulesComparing } from '../../src/modules/linkage/model/blocking.ts';
import { bandKeys, DEFAULT_LSH } from '../../src/modules/linkage/pprl/lsh-blocking.ts';
import { exactMatchBaseline } from './baseline.ts';
import { type Accuracy, accuracy } from './metrics.ts';
import { febrlPerson, share, truePairs } from './truth.ts';

/** Beside the repository; ENLACE_FEBRL_DIR points elsewhere (from a git worktree, say). */
export const FEBRL_DIR =
  process.env.ENLACE_FEBRL_DIR ?? path.resolve(import.meta.dirname, '../../../shared/reference/febrl');
const FEBRL_MAP = parseInputMap(
  JSON.parse(readFileSync(path.join(import.meta.dirname, 'febrl-map.json'), 'utf8')),
);
const { threshold: THRESHOLD, reviewFloor: REVIEW_FLOOR, pprlThreshold: PPRL_THRESHOLD } = LINK_DEFAULTS;

export type CaseResult = {
  name: string;
  records: number;
  seconds: number;
  /** User and system CPU time of the run: on a shared machine, wall-clock seconds include waiting. */
  cpuSeconds: number;
  pairsCompared: number;
  blockingRecall: number;
  accuracy: Accuracy;
  baseline: Accuracy | null;
  peakRssMb: number;
  notes: string[];
};

/** Reads `record_id,cluster_id,…` back, so the figures measure the file the CLI wrote. */
function clustersFromOutput(file: string): Map<string, number> {
  const lines = readFileSync(file, 'utf8').trim().split('\n').slice(1);
  return new Map(lines.map((line) => line.split(',')).map(([id, cluster]) => [id!, Number(cluster)]));
}

function cpuSecondsSince(before: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}

function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

export async function linkCase(
  name: string,
  inputs: string[],
  map: typeof DEFAULT_MAP,
  personOf: (id: string) => number,
  workDir: string,
): Promise<CaseResult> {
  const output = path.join(workDir, `${name}-clusters.csv`);
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const { summary, trained } = await linkFiles({
    inputs,
    map,
    output,
    threshold: THRESHOLD,
    reviewFloor: REVIEW_FLOOR,
  });
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = cpuSecondsSince(cpuBefore);
  const clusters = clustersFromOutput(output);
  const truth = trained.records.map((record) => personOf(record.id));
  const pairs = truePairs(truth);
  const blocked = pairs.filter(([i, j]) => rulesComparing(trained.blocking, i, j) !== 0).length;
  return {
    name,
    records: summary.records,
    seconds,
    cpuSeconds,
    pairsCompared: summary.pairsCompared,
    blockingRecall: share(blocked, pairs.length),
    accuracy: accuracy(
      trained.records.map((record) => clusters.get(record.id)!),
      truth,
    ),
    baseline: accuracy(exactMatchBaseline(trained.records), truth),
    peakRssMb: peakRssMb(),
    notes: trained.blockingStats
      .filter((rule) => rule.oversizedBlocks > 0)
      .map((rule) => `${rule.rule}: ${rule.oversizedBlocks} oversized blocks skipped`),
  };
}

export function febrlCase(name: string, files: string[], workDir: string): Promise<CaseResult> {
  return linkCase(
    name,
    files.map((file) => path.join(FEBRL_DIR, file)),
    FEBRL_MAP,
    febrlPerson,
    workDir,
  );
}

export async function pprlFebrlCase(workDir: string): Promise<CaseResult> {
  const secret = randomBytes(32);
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const encoded = await Promise.all(
    ['dataset4a.csv', 'dataset4b.csv'].map(async (file) => {
      const output = path.join(workDir, `encoded-${file}`);
      await encodeFile({ input: path.join(FEBRL_DIR, file), output, map: FEBRL_MAP, secret });
      return output;
    }),
  );
  const output = path.join(workDir, 'pprl-clusters.csv');
  const summary = await linkEncodedFiles({ inputs: encoded, output, threshold: PPRL_THRESHOLD });
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = cpuSecondsSince(cpuBefore);
  const records = await readEncodings(encoded);
  const clusters = clustersFromOutput(output);
  const truth = records.map((record) => febrlPerson(record.id));
  const keys = bandKeys(
    records.map((record) => record.clk),
    DEFAULT_LSH,
  );
  const pairs = truePairs(truth);
  const bands = DEFAULT_LSH.bands;
  const blocked = pairs.filter(([i, j]) =>
    Array.from({ length: bands }, (_, band) => band).some(
      (band) => keys[i * bands + band] === keys[j * bands + band],
    ),
  ).length;
  return {
    name: 'PPRL FEBRL 4a×4b',
    records: summary.records,
    seconds,
    cpuSeconds,
    pairsCompared: summary.pairsCompared,
    blockingRecall: share(blocked, pairs.length),
    accuracy: accuracy(
      records.map((record) => clusters.get(record.id)!),
      truth,
    ),
    baseline: null,
    peakRssMb: peakRssMb(),
    notes: [`Dice threshold ${PPRL_THRESHOLD}, LSH ${bands} bands × ${DEFAULT_LSH.bitsPerBand} bits`],
  };
}

/** Writes one CSV per agency and the truth, in a separate process from the linking, so memory is the linker's alone. */
export function writeGenerated(recordCount: number, seed: number, dir: string): void {
  mkdirSync(dir, { recursive: true });
  const generated = generateRecords(recordCount, seed);
  for (const [agency, rows] of generated.byAgency) {
    const csv = [STANDARD_FIELDS, ...rows].map((row) => row.map(csvField).join(',')).join('\n');
    writeFileSync(path.join(dir, `${agency}.csv`), `${csv}\n`);
  }
  writeFileSync(path.join(dir, 'truth.json'), JSON.stringify(Object.fromEntries(generated.personOf)));
}

function csvField(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function generatedCase(name: string, dir: string, workDir: string): Promise<CaseResult> {
  const truth = JSON.parse(readFileSync(path.join(dir, 'truth.json'), 'utf8')) as Record<string, number>;
  const inputs = AGENCIES.map((agency) => path.join(dir, `${agency.name}.csv`));
  return linkCase(name, inputs, DEFAULT_MAP, (id) => truth[id]!, workDir);
}
