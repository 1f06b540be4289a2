import { linkEncodings } from '../pprl/link-encodings.ts';
import { writeCsv } from './csv-output.ts';
import { readEncodings } from './read-encodings.ts';

/**
 * `enlace link --mode pprl`: links encodings from several parties. The match weight column holds the
 * Dice similarity of the link that placed the record in its cluster.
 */
export async function linkEncodedFiles(options: {
  inputs: readonly string[];
  output: string;
  threshold: number;
}): Promise<{ records: number; clusters: number; pairsCompared: number }> {
  const records = await readEncodings(options.inputs);
  const linkage = linkEncodings(records, options.threshold);
  await writeCsv(
    options.output,
    ['record_id', 'cluster_id', 'match_weight'],
    records.map((record, i) => {
      const similarity = linkage.strongestDice[i]!;
      return [record.id, linkage.clusterOf[i]! + 1, Number.isNaN(similarity) ? '' : similarity.toFixed(4)];
    }),
  );
  return {
    records: records.length,
    clusters: new Set(linkage.clusterOf).size,
    pairsCompared: linkage.pairsCompared,
  };
}
