import { type InputShape, trainLinkage } from '../link-records.ts';
import { type ComparisonParameters, log2Odds } from '../model/parameters.ts';
import type { LinkageRecord } from '../record.ts';

/** What a training leaves for later runs: m and u of each level and the prior it found. */
export type StoredModel = {
  comparisons: ComparisonParameters[];
  matchProbability: number;
  trainedRecords: number;
};

export const STANDARD_SHAPE: InputShape = { extras: [], blockingRules: [] };

export function trainStoredModel(records: readonly LinkageRecord[]): StoredModel {
  const trained = trainLinkage(records, STANDARD_SHAPE);
  return {
    comparisons: trained.parameters.comparisons,
    matchProbability: trained.parameters.matchProbability,
    trainedRecords: records.length,
  };
}

/**
 * The prior log-odds that two records of a population of `records` are the same person. Each record
 * has about as many other records of its person whatever the population, so the probability falls as
 * the population grows; below the size the model was trained on it keeps the trained value, so that
 * a small database does not merge on weaker evidence than a large one.
 */
export function priorWeightFor(model: StoredModel, records: number): number {
  const matchesPerRecord = model.matchProbability * (model.trainedRecords - 1);
  const population = Math.max(records, model.trainedRecords);
  return log2Odds(matchesPerRecord / (population - 1));
}
