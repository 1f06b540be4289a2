import { randomUUID } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { Schema } from '../../../platform/db/schema.ts';
import { clusterRecords } from '../cluster/cluster-records.ts';
import type { TrainedLinkage } from '../link-records.ts';
import { assignClusterIds } from './cluster-ids.ts';
import type { SurvivorRecord } from './survivor-records.ts';

/** A reviewer's decision outweighs any evidence: "same" always links, "different" always separates. */
const DECIDED_WEIGHT = 1_000;
const CHUNK = 5_000;

/**
 * Records whose clusters a run must redraw: the records linked now, those they are linked to (above
 * the threshold or by a decision), and every member of the clusters any of these belong to.
 */
export async function neighbourhoodOf(
  trx: Transaction<Schema>,
  seeds: readonly string[],
  thresholdWeight: number,
): Promise<string[]> {
  const rows = await sql<{ id: string }>`
    WITH linked AS (
      SELECT unnest(${seeds}::uuid[]) AS id
      UNION
      SELECT CASE WHEN first_person_id = ANY(${seeds}::uuid[]) THEN second_person_id ELSE first_person_id END
      FROM linkage_pairs
      WHERE (first_person_id = ANY(${seeds}::uuid[]) OR second_person_id = ANY(${seeds}::uuid[]))
        AND (decision = 'same' OR (decision IS NULL AND match_weight >= ${thresholdWeight}))
    )
    SELECT id FROM linked
    UNION
    SELECT r.person_id FROM linkage_records r
    WHERE r.cluster_id IN (SELECT cluster_id FROM linkage_records WHERE person_id IN (SELECT id FROM linked))`.execute(
    trx,
  );
  return rows.rows.map((row) => row.id);
}

/**
 * Redraws the clusters of `survivors` with the engine's clustering (connected components, then
 * average linkage against chaining) over the stored pairs, decisions included, and records the result.
 * Source records are never touched: only which cluster each points to changes.
 */
export async function recluster(
  trx: Transaction<Schema>,
  survivors: readonly SurvivorRecord[],
  context: TrainedLinkage,
  thresholdWeight: number,
): Promise<number> {
  const ids = survivors.map((survivor) => survivor.record.id);
  const indexOf = new Map(ids.map((id, index) => [id, index]));
  const stored = await trx
    .selectFrom('linkage_pairs')
    .select(['first_person_id', 'second_person_id', 'match_weight', 'decision'])
    .where(sql<boolean>`first_person_id = ANY(${ids}::uuid[]) AND second_person_id = ANY(${ids}::uuid[])`)
    .execute();
  const known = new Map<string, number>();
  for (const pair of stored) {
    const weight =
      pair.decision === 'same'
        ? DECIDED_WEIGHT
        : pair.decision === 'different'
          ? -DECIDED_WEIGHT
          : pair.match_weight;
    known.set(`${indexOf.get(pair.first_person_id)}:${indexOf.get(pair.second_person_id)}`, weight);
    known.set(`${indexOf.get(pair.second_person_id)}:${indexOf.get(pair.first_person_id)}`, weight);
  }
  const clustering = clusterRecords({
    recordCount: ids.length,
    left: Int32Array.from(stored, (pair) => indexOf.get(pair.first_person_id)!),
    right: Int32Array.from(stored, (pair) => indexOf.get(pair.second_person_id)!),
    weights: Float32Array.from(
      stored,
      (pair) => known.get(`${indexOf.get(pair.first_person_id)}:${indexOf.get(pair.second_person_id)}`)!,
    ),
    pairCount: stored.length,
    thresholdWeight,
    weightOf: (i, j) => known.get(`${i}:${j}`) ?? context.priorWeight + context.scorer.compareRecords(i, j),
    maxGroupSize: 200,
  });
  const previous = new Map(
    (
      await trx
        .selectFrom('linkage_records')
        .select(['person_id', 'cluster_id'])
        .where(sql<boolean>`person_id = ANY(${ids}::uuid[])`)
        .execute()
    ).map((row) => [row.person_id, row.cluster_id]),
  );
  const before = ids.map((id) => previous.get(id) ?? null);
  const after = assignClusterIds(clustering.clusterOf, before, randomUUID);
  const fresh = [...new Set(after)].filter((id) => !before.includes(id));
  for (let start = 0; start < fresh.length; start += CHUNK) {
    const chunk = fresh.slice(start, start + CHUNK);
    await trx
      .insertInto('person_clusters')
      .values(chunk.map((id) => ({ id })))
      .execute();
  }
  const rows = survivors.map((survivor, index) => ({
    person_id: survivor.record.id,
    cluster_id: after[index]!,
    agency_id: survivor.agencyId,
    linked_version: survivor.version,
  }));
  for (let start = 0; start < rows.length; start += CHUNK) {
    await trx
      .insertInto('linkage_records')
      .values(rows.slice(start, start + CHUNK))
      .onConflict((conflict) =>
        conflict.column('person_id').doUpdateSet((eb) => ({
          cluster_id: eb.ref('excluded.cluster_id'),
          linked_version: eb.ref('excluded.linked_version'),
          linked_at: sql`now()`,
        })),
      )
      .execute();
  }
  const abandoned = [...new Set(before.filter((id): id is string => id !== null))];
  if (abandoned.length > 0) {
    await sql`DELETE FROM person_clusters c WHERE c.id = ANY(${abandoned}::uuid[])
      AND NOT EXISTS (SELECT 1 FROM linkage_records r WHERE r.cluster_id = c.id)`.execute(trx);
  }
  await moveVersionsOn(trx, before, after, fresh);
  return ids.filter((_, index) => before[index] !== after[index]).length;
}

/** A cluster that gained or lost a record is a new version of that person: reviewers' If-Match fails. */
async function moveVersionsOn(
  trx: Transaction<Schema>,
  before: readonly (string | null)[],
  after: readonly string[],
  fresh: readonly string[],
): Promise<void> {
  const changed = new Set<string>();
  before.forEach((id, index) => {
    if (id === after[index]) return;
    if (id !== null) changed.add(id);
    changed.add(after[index]!);
  });
  for (const id of fresh) changed.delete(id);
  if (changed.size === 0) return;
  await sql`UPDATE person_clusters SET version = version + 1 WHERE id = ANY(${[...changed]}::uuid[])`.execute(
    trx,
  );
}
