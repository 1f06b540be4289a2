import { type Kysely, sql } from 'kysely';
import { recordAudit } from '../../../platform/audit/record-audit.ts';
import type { KeyRing } from '../../../platform/crypto/key-ring.ts';
import type { Schema } from '../../../platform/db/schema.ts';
import { LINK_DEFAULTS } from '../defaults.ts';
import { explainPair } from '../explain.ts';
import { forEachCandidatePair } from '../model/blocking.ts';
import { log2Odds } from '../model/parameters.ts';
import { prepareRecords } from '../prepare.ts';
import { applyDetachments, pointToRemainingClusters } from './apply-detachments.ts';
import { withLinkageActor } from './linkage-actor.ts';
import { modelForRun } from './model-store.ts';
import { neighbourhoodOf, recluster } from './recluster.ts';
import { blockCandidates, populationShares, replaceRecordIndex } from './record-index.ts';
import { blockKeyHasher, termValues } from './record-keys.ts';
import { STANDARD_MODEL, scoringContext } from './scoring-context.ts';
import { type ScoredPair, storeScoredPairs } from './store-pairs.ts';
import { storedEvidence } from './stored-evidence.ts';
import type { StoredModel } from './stored-model.ts';
import {
  readSurvivorRecords,
  type SurvivorRecord,
  survivorCount,
  survivorsToLink,
} from './survivor-records.ts';

/**
 * `train`: learn the model from the population when it is due (CLI); `retrain`: learn it now.
 * Without either, the run scores with the stored model (server sweep, reviewer decisions).
 */
export type RefreshOptions = { train?: boolean; retrain?: boolean };

export type RefreshSummary = {
  /** Survivor records linked in this run (new, changed, or touched by a decision). */
  linked: number;
  /** Records read to compare them with: their block-mates and cluster-mates. */
  compared: number;
  pairsKept: number;
  clustersChanged: number;
  modelTrained: boolean;
};

const NOTHING: RefreshSummary = {
  linked: 0,
  compared: 0,
  pairsKept: 0,
  clustersChanged: 0,
  modelTrained: false,
};

/**
 * One incremental linkage run, as the linkage actor in one transaction: the survivor records that are
 * new or changed since they were linked (or whose pair a reviewer decided) get their blocking keys,
 * are compared with the records sharing a block, keep their pairs from the review floor up, and the
 * clusters around them are redrawn. Runs are serialised; one that finds nothing to do writes nothing.
 */
export async function refreshLinkage(
  db: Kysely<Schema>,
  ring: KeyRing,
  options: RefreshOptions = {},
): Promise<RefreshSummary> {
  return withLinkageActor(db, async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext('enlace.record_linkage'))`.execute(trx);
    const toLink = await survivorsToLink(trx);
    if (toLink.length === 0 && !options.retrain) return NOTHING;
    const population = await survivorCount(trx);
    const { model, trainedNow } = await modelForRun(trx, ring, population, {
      allowed: (options.train ?? false) || (options.retrain ?? false),
      forced: options.retrain ?? false,
    });
    const linked = await readSurvivorRecords(trx, ring, toLink);
    const linkedIds = new Set(linked.map((survivor) => survivor.record.id));
    const candidates = await indexAndFindCandidates(trx, ring, linked, linkedIds);
    const batch = [...linked, ...candidates];
    const context = await contextFor(trx, ring, batch, model, population);
    const pairs = scoreLinkedPairs(context, batch, linked.length);
    await storeScoredPairs(trx, [...linkedIds], pairs);
    const detached = await applyDetachments(
      trx,
      async (personId, otherIds) => {
        const read = await readSurvivorRecords(trx, ring, [personId, ...otherIds]);
        const records = [
          ...read.filter((survivor) => survivor.record.id === personId),
          ...read.filter((survivor) => survivor.record.id !== personId),
        ];
        return scoreFirstAgainstRest(await contextFor(trx, ring, records, model, population), records);
      },
      log2Odds(LINK_DEFAULTS.reviewFloor),
    );
    const thresholdWeight = log2Odds(LINK_DEFAULTS.threshold);
    const neighbourhood = await neighbourhoodOf(trx, [...linkedIds], thresholdWeight);
    const known = new Map(batch.map((survivor) => [survivor.record.id, survivor]));
    const missing = neighbourhood.filter((id) => !known.has(id));
    const around = [
      ...neighbourhood.flatMap((id) => (known.has(id) ? [known.get(id)!] : [])),
      ...(await readSurvivorRecords(trx, ring, missing)),
    ];
    const clusterContext = await contextFor(trx, ring, around, model, population);
    const clustersChanged = await recluster(trx, around, clusterContext, thresholdWeight);
    await pointToRemainingClusters(trx, detached);
    await sql`UPDATE linkage_pairs SET applied = true WHERE NOT applied`.execute(trx);
    const summary = {
      linked: linked.length,
      compared: candidates.length,
      pairsKept: pairs.length,
      clustersChanged,
      modelTrained: trainedNow,
    };
    await recordAudit(trx, {
      action: 'linkage.refresh',
      recordType: 'linkage',
      details: { ...summary, identitiesRead: batch.length + missing.length },
    });
    return summary;
  });
}

async function indexAndFindCandidates(
  trx: Parameters<typeof replaceRecordIndex>[0],
  ring: KeyRing,
  linked: readonly SurvivorRecord[],
  linkedIds: ReadonlySet<string>,
): Promise<SurvivorRecord[]> {
  const prepared = prepareRecords(linked.map((survivor) => survivor.record));
  const { spec, comparator } = STANDARD_MODEL;
  const hashKeys = blockKeyHasher(ring, spec.blockingRules, spec.maxBlockSize);
  const entries = prepared.map((record) => ({
    personId: record.id,
    keys: hashKeys(record),
    terms: termValues(ring, comparator.comparisons, record),
  }));
  await replaceRecordIndex(trx, entries);
  const candidateIds = await blockCandidates(
    trx,
    entries.flatMap((entry) => entry.keys),
    linkedIds,
  );
  return readSurvivorRecords(trx, ring, candidateIds);
}

async function contextFor(
  trx: Parameters<typeof populationShares>[0],
  ring: KeyRing,
  survivors: readonly SurvivorRecord[],
  model: StoredModel,
  population: number,
) {
  const prepared = prepareRecords(survivors.map((survivor) => survivor.record));
  const shares = await populationShares(trx, ring, STANDARD_MODEL.comparator.comparisons, prepared);
  return scoringContext(prepared, model, population, shares);
}

/** Pairs with at least one record being linked, from the review floor up, with their evidence. */
function scoreLinkedPairs(
  context: ReturnType<typeof scoringContext>,
  batch: readonly SurvivorRecord[],
  linkedCount: number,
): ScoredPair[] {
  const floorWeight = log2Odds(LINK_DEFAULTS.reviewFloor);
  const pairs: ScoredPair[] = [];
  forEachCandidatePair(context.blocking, (i, j) => {
    if (i >= linkedCount && j >= linkedCount) return;
    const weight = context.priorWeight + context.scorer.compareRecords(i, j);
    if (weight < floorWeight) return;
    pairs.push({
      first: batch[i]!.record.id,
      second: batch[j]!.record.id,
      weight,
      evidence: storedEvidence(explainPair(context, i, j)),
    });
  });
  return pairs;
}

/** The first record against each of the others, whatever their weight: pairs a detachment must decide. */
function scoreFirstAgainstRest(
  context: ReturnType<typeof scoringContext>,
  records: readonly SurvivorRecord[],
): ScoredPair[] {
  return records.slice(1).map((other, index) => ({
    first: records[0]!.record.id,
    second: other.record.id,
    weight: context.priorWeight + context.scorer.compareRecords(0, index + 1),
    evidence: storedEvidence(explainPair(context, 0, index + 1)),
  }));
}
