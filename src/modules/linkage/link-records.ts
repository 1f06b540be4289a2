import { type Clustering, clusterRecords } from './cluster/cluster-records.ts';
import {
  type BlockingIndex,
  type BlockingStats,
  buildBlockingIndex,
  forEachCandidatePair,
} from './model/blocking.ts';
import { type Comparator, compileComparator } from './model/comparator.ts';
import { defaultModel } from './model/default-model.ts';
import { estimateMatchProbability } from './model/match-probability.ts';
import { PairStore } from './model/pair-store.ts';
import { log2Odds, type ModelParameters } from './model/parameters.ts';
import { Scorer } from './model/scorer.ts';
import type { BlockingRuleSpec, ModelSpec } from './model/spec.ts';
import { termFrequencies } from './model/term-frequency.ts';
import { type TrainingSession, trainParameters } from './model/train.ts';
import { validateModelSpec } from './model/validate-spec.ts';
import { prepareRecords } from './prepare.ts';
import { seededRandom } from './random.ts';
import type { ExtraColumn, LinkageRecord, PreparedRecord } from './record.ts';

export type LinkageStage = 'prepare' | 'block' | 'train' | 'score' | 'cluster';

export type TrainingOptions = {
  seed?: number;
  onProgress?: (stage: LinkageStage, pairsCompared?: number) => void;
};

/** Everything learnt from one input: the model, the compared pairs and their match weights. */
export type TrainedLinkage = {
  records: PreparedRecord[];
  spec: ModelSpec;
  comparator: Comparator;
  scorer: Scorer;
  parameters: ModelParameters;
  sessions: TrainingSession[];
  blocking: BlockingIndex;
  blockingStats: BlockingStats;
  pairs: PairStore;
  /** Match weight of each stored pair: prior log-odds plus evidence. */
  pairWeights: Float32Array;
  priorWeight: number;
};

const PROGRESS_EVERY = 1_000_000;

/** What the input files hold besides the standard fields (from the input map). */
export type InputShape = { extras: readonly ExtraColumn[]; blockingRules: readonly BlockingRuleSpec[] };

export function trainLinkage(
  input: readonly LinkageRecord[],
  shape: InputShape,
  options: TrainingOptions = {},
): TrainedLinkage {
  const report = options.onProgress ?? (() => {});
  const { extras } = shape;
  const spec = defaultModel(extras, shape.blockingRules);
  validateModelSpec(spec);
  const extraNames = extras.map((extra) => extra.name);
  report('prepare');
  const records = prepareRecords(input);
  const comparator = compileComparator(spec.comparisons, extraNames);
  report('block');
  const blocking = buildBlockingIndex(records, spec.blockingRules, extraNames, spec.maxBlockSize);
  const pairs = new PairStore(comparator.comparisons.map((comparison) => comparison.levelCount));
  const levels = new Uint8Array(comparator.comparisons.length);
  const blockingStats = forEachCandidatePair(blocking, (i, j, ruleMask) => {
    comparator.compare(records[i]!, records[j]!, levels, 0);
    pairs.add(i, j, ruleMask, levels);
    if (pairs.size % PROGRESS_EVERY === 0) report('block', pairs.size);
  });
  report('train');
  const random = seededRandom(options.seed ?? 1);
  const training = trainParameters(spec, records, comparator, pairs, random);
  report('score');
  const scorer = new Scorer(
    comparator,
    training.comparisons,
    termFrequencies(records, comparator.comparisons),
    records,
  );
  const evidence = scorer.storedPairEvidence(pairs);
  const totalPairs = (records.length * (records.length - 1)) / 2;
  const matchProbability = estimateMatchProbability(evidence, totalPairs);
  const priorWeight = log2Odds(matchProbability);
  const pairWeights = evidence.map((bits) => bits + priorWeight);
  const parameters = { comparisons: training.comparisons, matchProbability };
  return {
    records,
    spec,
    comparator,
    scorer,
    parameters,
    sessions: training.sessions,
    blocking,
    blockingStats,
    pairs,
    pairWeights,
    priorWeight,
  };
}

export type ReviewPair = {
  first: number;
  second: number;
  weight: number;
  /** Above the threshold, but the clustering kept the two records apart. */
  split: boolean;
};

export type LinkageResult = Clustering & { reviewPairs: ReviewPair[] };

/** Persons from a trained linkage; `threshold` and `reviewFloor` are match probabilities. */
export function clusterLinkage(
  trained: TrainedLinkage,
  threshold: number,
  reviewFloor: number,
): LinkageResult {
  const thresholdWeight = log2Odds(threshold);
  const floorWeight = log2Odds(reviewFloor);
  const { pairs, pairWeights, scorer, priorWeight } = trained;
  const clustering = clusterRecords({
    recordCount: trained.records.length,
    left: pairs.left,
    right: pairs.right,
    weights: pairWeights,
    pairCount: pairs.size,
    thresholdWeight,
    weightOf: (i, j) => priorWeight + scorer.compareRecords(i, j),
    maxGroupSize: 200,
  });
  const reviewPairs: ReviewPair[] = [];
  for (let pair = 0; pair < pairs.size; pair++) {
    const weight = pairWeights[pair]!;
    const first = pairs.left[pair]!;
    const second = pairs.right[pair]!;
    const together = clustering.clusterOf[first] === clustering.clusterOf[second];
    if (weight >= floorWeight && !together) {
      reviewPairs.push({ first, second, weight, split: weight >= thresholdWeight });
    }
  }
  return { ...clustering, reviewPairs };
}
