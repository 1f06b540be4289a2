import {
  clusterLinkage,
  type LinkageResult,
  type LinkageStage,
  type TrainedLinkage,
  trainLinkage,
} from '../link-records.ts';
import { probabilityFromWeight } from '../model/parameters.ts';
import { writeCsv } from './csv-output.ts';
import { evidenceSummary } from './evidence-summary.ts';
import type { InputMap } from './input-map.ts';
import { readLinkageRecords } from './read-records.ts';

export type LinkFilesOptions = {
  inputs: readonly string[];
  map: InputMap;
  output: string;
  /** Match probability from which two records are the same person. */
  threshold: number;
  /** Pairs from this probability up to the threshold, and pairs the clustering split, go to review. */
  reviewFloor: number;
  reviewOutput?: string;
  onProgress?: (stage: LinkageStage | 'read' | 'write', pairsCompared?: number) => void;
};

export type LinkFilesSummary = {
  records: number;
  clusters: number;
  pairsCompared: number;
  reviewPairs: number;
};

/** The summary for the user, and the model and clusters for whoever wants to look closer (the benchmark). */
export type LinkFilesOutcome = { summary: LinkFilesSummary; trained: TrainedLinkage; result: LinkageResult };

/** `enlace link`: read and check the files, learn the model, cluster, write clusters and review pairs. */
export async function linkFiles(options: LinkFilesOptions): Promise<LinkFilesOutcome> {
  const report = options.onProgress ?? (() => {});
  report('read');
  const records = await readLinkageRecords(options.inputs, options.map);
  const trained = trainLinkage(records, options.map, { onProgress: report });
  report('cluster');
  const result = clusterLinkage(trained, options.threshold, options.reviewFloor);
  report('write');
  const weights = result.strongestLink;
  await writeCsv(
    options.output,
    ['record_id', 'cluster_id', 'match_weight'],
    records.map((record, i) => [
      record.id,
      result.clusterOf[i]! + 1,
      Number.isNaN(weights[i]!) ? '' : weights[i]!.toFixed(2),
    ]),
  );
  if (options.reviewOutput) {
    await writeCsv(
      options.reviewOutput,
      ['record_id_1', 'record_id_2', 'match_probability', 'match_weight', 'split_by_clustering', 'evidence'],
      result.reviewPairs.map((pair) => [
        records[pair.first]!.id,
        records[pair.second]!.id,
        probabilityFromWeight(pair.weight).toFixed(4),
        pair.weight.toFixed(2),
        pair.split ? 'yes' : 'no',
        evidenceSummary(trained, pair.first, pair.second),
      ]),
    );
  }
  const summary = {
    records: records.length,
    clusters: new Set(result.clusterOf).size,
    pairsCompared: trained.pairs.size,
    reviewPairs: result.reviewPairs.length,
  };
  return { summary, trained, result };
}
