import { sql, type Transaction } from 'kysely';
import type { Schema } from '../../../platform/db/schema.ts';
import type { ScoredPair } from './store-pairs.ts';

/** Scores a record against others (evidence from the engine), for pairs never stored before. */
export type ScoreAgainst = (personId: string, otherIds: readonly string[]) => Promise<ScoredPair[]>;

type PendingDetachment = { id: string; person_id: string; detached_by: string; undone: boolean };

/**
 * Turns reviewers' detachments into pair decisions, inside the linkage run and before it redraws the
 * clusters: a new detachment decides "different" between its record and every other record of that
 * record's cluster (the reviewer may not see them all; the linkage actor does), keeping what each
 * pair had before; an undone one gives those pairs back what they had, unless a reviewer decided
 * them since. Returns the detachments that took effect, so that they can point to where the other
 * records ended up once the clusters are redrawn.
 */
export async function applyDetachments(
  trx: Transaction<Schema>,
  scoreAgainst: ScoreAgainst,
  floorWeight: number,
): Promise<string[]> {
  const pending = await trx
    .selectFrom('linkage_detachments')
    .select(['id', 'person_id', 'detached_by', sql<boolean>`undone_at IS NOT NULL`.as('undone')])
    .where('applied', '=', false)
    .orderBy('detached_at')
    .execute();
  const detached: string[] = [];
  for (const detachment of pending) {
    if (detachment.undone) await restorePairs(trx, detachment.id, floorWeight);
    else {
      await separate(trx, detachment, scoreAgainst);
      detached.push(detachment.id);
    }
  }
  if (pending.length > 0) {
    await trx
      .updateTable('linkage_detachments')
      .set({ applied: true })
      .where(
        'id',
        'in',
        pending.map((detachment) => detachment.id),
      )
      .execute();
  }
  return detached;
}

async function separate(
  trx: Transaction<Schema>,
  detachment: PendingDetachment,
  scoreAgainst: ScoreAgainst,
): Promise<void> {
  const mates = await clusterMates(trx, detachment.person_id);
  if (mates.length === 0) return;
  await storeUnscoredPairs(trx, detachment.person_id, mates, scoreAgainst);
  const decidedAt = new Date();
  const pairs = await pairsBetween(trx, detachment.person_id, mates);
  for (const pair of pairs) {
    await trx
      .insertInto('linkage_separations')
      .values({
        detachment_id: detachment.id,
        pair_id: pair.id,
        other_person_id: pair.other,
        previous_decision: pair.decision,
        previous_decided_by: pair.decided_by,
        previous_decided_at: pair.decided_at,
        decided_at: decidedAt,
      })
      .execute();
  }
  await trx
    .updateTable('linkage_pairs')
    .set((eb) => ({
      decision: 'different',
      decided_by: detachment.detached_by,
      decided_at: decidedAt,
      version: eb('version', '+', 1),
    }))
    .where(
      'id',
      'in',
      pairs.map((pair) => pair.id),
    )
    .execute();
}

async function clusterMates(trx: Transaction<Schema>, personId: string): Promise<string[]> {
  const rows = await trx
    .selectFrom('linkage_records as mine')
    .innerJoin('linkage_records as mate', 'mate.cluster_id', 'mine.cluster_id')
    .select('mate.person_id')
    .where('mine.person_id', '=', personId)
    .where('mate.person_id', '!=', personId)
    .execute();
  return rows.map((row) => row.person_id);
}

/** Pairs the run has not kept (below the review floor, or never in one block) get their evidence now. */
async function storeUnscoredPairs(
  trx: Transaction<Schema>,
  personId: string,
  mates: readonly string[],
  scoreAgainst: ScoreAgainst,
): Promise<void> {
  const stored = new Set((await pairsBetween(trx, personId, mates)).map((pair) => pair.other));
  const unscored = mates.filter((mate) => !stored.has(mate));
  if (unscored.length === 0) return;
  const scored = await scoreAgainst(personId, unscored);
  await trx
    .insertInto('linkage_pairs')
    .values(
      scored.map((pair) => {
        const [first, second] =
          pair.first < pair.second ? [pair.first, pair.second] : [pair.second, pair.first];
        return {
          first_person_id: first,
          second_person_id: second,
          match_weight: pair.weight,
          evidence: JSON.stringify(pair.evidence),
        };
      }),
    )
    .execute();
}

async function pairsBetween(trx: Transaction<Schema>, personId: string, others: readonly string[]) {
  const rows = await trx
    .selectFrom('linkage_pairs')
    .select([
      'id',
      'decision',
      'decided_by',
      'decided_at',
      sql<string>`CASE WHEN first_person_id = ${personId}::uuid THEN second_person_id ELSE first_person_id END`.as(
        'other',
      ),
    ])
    .where((eb) =>
      eb.or([
        eb.and([eb('first_person_id', '=', personId), eb('second_person_id', 'in', others)]),
        eb.and([eb('second_person_id', '=', personId), eb('first_person_id', 'in', others)]),
      ]),
    )
    .execute();
  return rows;
}

/**
 * Undoing: each pair the detachment decided gets its previous decision back, unless its decision was
 * changed since; a pair that had none and is weaker than the review floor is dropped again.
 */
async function restorePairs(trx: Transaction<Schema>, detachmentId: string, floorWeight: number) {
  await sql`UPDATE linkage_pairs p
    SET decision = s.previous_decision, decided_by = s.previous_decided_by,
        decided_at = s.previous_decided_at, version = p.version + 1
    FROM linkage_separations s
    WHERE s.detachment_id = ${detachmentId}::uuid AND s.pair_id = p.id AND p.decided_at = s.decided_at`.execute(
    trx,
  );
  await sql`DELETE FROM linkage_pairs p USING linkage_separations s
    WHERE s.detachment_id = ${detachmentId}::uuid AND s.pair_id = p.id
      AND p.decision IS NULL AND p.match_weight < ${floorWeight}`.execute(trx);
}

/** Once the clusters are redrawn, each detachment points to where the records it left ended up. */
export async function pointToRemainingClusters(
  trx: Transaction<Schema>,
  detachmentIds: readonly string[],
): Promise<void> {
  if (detachmentIds.length === 0) return;
  await sql`UPDATE linkage_detachments d SET from_cluster_id = remaining.cluster_id
    FROM (
      SELECT DISTINCT ON (s.detachment_id) s.detachment_id, r.cluster_id
      FROM linkage_separations s JOIN linkage_records r ON r.person_id = s.other_person_id
      WHERE s.detachment_id = ANY(${detachmentIds}::uuid[])
      ORDER BY s.detachment_id, s.other_person_id
    ) AS remaining
    WHERE d.id = remaining.detachment_id`.execute(trx);
}
