import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AGENCIES } from '../../src/modules/demo/synthetic/agency-profiles.ts';
import { UnionFind } from '../../src/modules/linkage/cluster/union-find.ts';
import { LINK_DEFAULTS } from '../../src/modules/linkage/defaults.ts';
import { DEFAULT_MAP } from '../../src/modules/linkage/io/input-map.ts';
import { readLinkageRecords } from '../../src/modules/linkage/io/read-records.ts';
import { clusterLinkage, trainLinkage } from '../../src/modules/linkage/link-records.ts';
import { rulesComparing } from '../../src/modules/linkage/model/blocking.ts';
import { log2Odds } from '../../src/modules/linkage/model/parameters.ts';
import type { PreparedRecord } from '../../src/modules/linkage/record.ts';
import { accuracy } from './metrics.ts';

/**
 * Where the person-count error of a generated case comes from. Usage:
 * `node --import tsx bench/linkage/diagnose.ts DIR [THRESHOLD]` with DIR written by
 * `run-case.ts generate N SEED DIR`. Each person split over several clusters is charged, fragment by
 * fragment, to the first cause that explains it: pairs no blocking rule compares, compared pairs below
 * the threshold, or the clustering keeping apart records linked above it. Clusters holding several
 * persons are over-merges. Prints counts only: the data are synthetic, but the habit is kept.
 */
const [dir, thresholdArgument] = process.argv.slice(2);
if (!dir) throw new Error('Usage: diagnose.ts DIR [THRESHOLD]');
const threshold = Number(thresholdArgument ?? LINK_DEFAULTS.threshold);
const truthById = JSON.parse(readFileSync(path.join(dir, 'truth.json'), 'utf8')) as Record<string, number>;
const inputs = AGENCIES.map((agency) => path.join(dir, `${agency.name}.csv`));
const input = await readLinkageRecords(inputs, DEFAULT_MAP);
const trained = trainLinkage(input, DEFAULT_MAP);
const result = clusterLinkage(trained, threshold, LINK_DEFAULTS.reviewFloor);
const { records, pairs, pairWeights } = trained;
const truth = records.map((record) => truthById[record.id]!);
const thresholdWeight = log2Odds(threshold);

const figures = accuracy(result.clusterOf, truth);
console.log(
  `threshold ${threshold}: F1 ${figures.f1.toFixed(4)} P ${figures.precision.toFixed(4)} R ${figures.recall.toFixed(4)} persons ${figures.truePersons} clusters ${figures.predictedPersons} count error ${(100 * figures.uniqueCountError).toFixed(2)} %`,
);

const compared = new Map<string, number>();
for (let pair = 0; pair < pairs.size; pair++) {
  compared.set(`${pairs.left[pair]}:${pairs.right[pair]}`, pairWeights[pair]!);
}
const weightOf = (i: number, j: number) => compared.get(i < j ? `${i}:${j}` : `${j}:${i}`);

const membersOf = groupBy(truth);
const personsOfCluster = new Map<number, Set<number>>();
records.forEach((_, r) => {
  const cluster = result.clusterOf[r]!;
  const persons = personsOfCluster.get(cluster) ?? new Set<number>();
  persons.add(truth[r]!);
  personsOfCluster.set(cluster, persons);
});

const causes = { blocking: 0, belowThreshold: 0, clustering: 0 };
const fragmentShapes = new Map<string, number>();
const belowWeights: number[] = [];
for (const members of membersOf.values()) {
  if (members.length < 2) continue;
  const clusters = new Set(members.map((r) => result.clusterOf[r]!)).size;
  if (clusters === 1) continue;
  const above = componentsOf(
    members,
    (i, j) => (weightOf(i, j) ?? Number.NEGATIVE_INFINITY) >= thresholdWeight,
  );
  const blocked = componentsOf(members, (i, j) => weightOf(i, j) !== undefined);
  const all = 1;
  causes.blocking += blocked - all;
  causes.belowThreshold += above - blocked;
  causes.clustering += Math.max(0, clusters - above);
  if (above > blocked) {
    let best = Number.NEGATIVE_INFINITY;
    for (const i of members)
      for (const j of members) {
        const weight = weightOf(i, j);
        if (i < j && weight !== undefined && result.clusterOf[i] !== result.clusterOf[j] && weight > best)
          best = weight;
      }
    belowWeights.push(best);
  }
  const sizes = new Map<number, number[]>();
  for (const r of members) sizes.set(result.clusterOf[r]!, [...(sizes.get(result.clusterOf[r]!) ?? []), r]);
  const smallest = [...sizes.values()].sort((a, b) => a.length - b.length)[0]!;
  for (const r of smallest) {
    const shape = shapeOf(records[r]!);
    fragmentShapes.set(shape, (fragmentShapes.get(shape) ?? 0) + 1);
  }
}
let overMerges = 0;
for (const persons of personsOfCluster.values()) overMerges += persons.size - 1;
console.log(
  `split fragments: blocking ${causes.blocking}, below threshold ${causes.belowThreshold}, clustering ${causes.clustering}; over-merges ${overMerges}; net ${causes.blocking + causes.belowThreshold + causes.clustering - overMerges}`,
);
const blockedTrue = [...membersOf.values()].flatMap((members) =>
  members.flatMap((i, a) => members.slice(a + 1).map((j) => rulesComparing(trained.blocking, i, j) !== 0)),
);
console.log(
  `blocking recall ${(blockedTrue.filter(Boolean).length / blockedTrue.length).toFixed(4)}, pairs compared ${pairs.size}`,
);
console.log('best cross weight of below-threshold splits (bits):', histogram(belowWeights));
console.log('fields present in the smaller fragment (g given, 1/2 surnames, d date, c curp, p phone):');
for (const [shape, count] of [...fragmentShapes].sort((a, b) => b[1] - a[1]).slice(0, 15))
  console.log(`  ${shape} ${count}`);

function groupBy(values: readonly number[]): Map<number, number[]> {
  const groups = new Map<number, number[]>();
  values.forEach((value, index) => {
    groups.set(value, [...(groups.get(value) ?? []), index]);
  });
  return groups;
}

function componentsOf(members: readonly number[], linked: (i: number, j: number) => boolean): number {
  const sets = new UnionFind(records.length);
  for (const i of members) for (const j of members) if (i < j && linked(i, j)) sets.union(i, j);
  return new Set(members.map((r) => sets.find(r))).size;
}

function shapeOf(record: PreparedRecord): string {
  const date = record.birthDate;
  const dateShape = !date ? '-' : date.day ? 'd' : date.month ? 'm' : 'y';
  return [
    record.givenNames ? 'g' : '-',
    record.surname1 ? '1' : '-',
    record.surname2 ? '2' : '-',
    dateShape,
    record.curp ? 'c' : '-',
    record.phone ? 'p' : '-',
  ].join('');
}

function histogram(values: readonly number[]): string {
  const bins = new Map<number, number>();
  for (const value of values) {
    const bin = Math.max(-10, Math.floor(value / 2) * 2);
    bins.set(bin, (bins.get(bin) ?? 0) + 1);
  }
  return [...bins]
    .sort((a, b) => a[0] - b[0])
    .map(([bin, count]) => `${bin}:${count}`)
    .join(' ');
}
