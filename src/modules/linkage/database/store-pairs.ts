import { sql, type Transaction } from 'kysely';
import type { Schema } from '../../../platform/db/schema.ts';
import type { StoredEvidence } from './stored-evidence.ts';

export type ScoredPair = { first: string; second: string; weight: number; evidence: StoredEvidence };

const CHUNK = 1_000;

/**
 * Keeps the pairs of the records just linked: undecided pairs they had are replaced by the new
 * scores; a decided pair gets its new evidence, but its decision stays what the reviewer said.
 */
export async function storeScoredPairs(
  trx: Transaction<Schema>,
  linkedIds: readonly string[],
  pairs: readonly ScoredPair[],
): Promise<void> {
  await sql`DELETE FROM linkage_pairs WHERE decision IS NULL
    AND (first_person_id = ANY(${linkedIds}::uuid[]) OR second_person_id = ANY(${linkedIds}::uuid[]))`.execute(
    trx,
  );
  const rows = pairs.map((pair) => {
    const [first, second] = pair.first < pair.second ? [pair.first, pair.second] : [pair.second, pair.first];
    return {
      first_person_id: first,
      second_person_id: second,
      match_weight: pair.weight,
      evidence: JSON.stringify(pair.evidence),
    };
  });
  for (let start = 0; start < rows.length; start += CHUNK) {
    await trx
      .insertInto('linkage_pairs')
      .values(rows.slice(start, start + CHUNK))
      .onConflict((conflict) =>
        conflict.columns(['first_person_id', 'second_person_id']).doUpdateSet((eb) => ({
          match_weight: eb.ref('excluded.match_weight'),
          evidence: eb.ref('excluded.evidence'),
          scored_at: sql`now()`,
        })),
      )
      .execute();
  }
}
