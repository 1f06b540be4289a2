import { z } from 'zod';
import { SEXES } from '../modules/cases/schema.ts';

/** Which pairs the review queue lists: undecided between the thresholds, linked without a decision, decided. */
export const REVIEW_STATUSES = ['pending', 'linked', 'decided'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const PAIR_DECISIONS = ['same', 'different'] as const;
export type PairDecisionValue = (typeof PAIR_DECISIONS)[number];

export const reviewQueueQuery = z.strictObject({
  status: z.enum(REVIEW_STATUSES).default('pending'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

/** One side of a pair: where the record comes from, never who it names. */
export const pairRecord = z.object({
  personId: z.uuid(),
  caseId: z.uuid(),
  caseReference: z.string(),
  agencyCode: z.string(),
  sex: z.enum(SEXES).nullable(),
  birthYear: z.number().int().nullable(),
  nationality: z.string().nullable(),
  /** The person cluster the record belongs to now (null until it is first linked). */
  clusterId: z.uuid().nullable(),
});
export type PairRecord = z.infer<typeof pairRecord>;

export const evidenceLine = z.object({
  comparison: z.string(),
  outcome: z.enum(['level', 'disagree', 'missing']),
  level: z.string().nullable(),
  /** Bits of evidence: log2(m/u) of the level. */
  weight: z.number(),
  termFrequencyWeight: z.number().nullable(),
});

export const reviewPair = z.object({
  id: z.uuid(),
  version: z.number().int(),
  matchWeight: z.number(),
  matchProbability: z.number(),
  decision: z.enum(PAIR_DECISIONS).nullable(),
  decidedAt: z.string().nullable(),
  /** Whether the two records are in one person cluster now. */
  together: z.boolean(),
  first: pairRecord,
  second: pairRecord,
});
export type ReviewPair = z.infer<typeof reviewPair>;

export const reviewQueue = z.object({
  items: z.array(reviewPair),
  page: z.number().int(),
  hasMore: z.boolean(),
});

export const reviewPairDetail = reviewPair.extend({
  priorWeight: z.number(),
  evidence: z.array(evidenceLine),
});
export type ReviewPairDetail = z.infer<typeof reviewPairDetail>;

export const pairId = z.strictObject({ pairId: z.uuid() });

/** Separating two records the clustering holds together (an unmerge) needs a written reason. */
export const pairDecisionRequest = z.strictObject({
  decision: z.enum(PAIR_DECISIONS),
  reason: z.string().trim().min(10).max(2000).optional(),
});

export const clusterId = z.strictObject({ clusterId: z.uuid() });
export const detachmentId = z.strictObject({ detachmentId: z.uuid() });

/** Why a record is taken out of its person, or put back: kept in the audit log. */
const reviewerReason = z.string().trim().min(10).max(2000);

export const detachRequest = z.strictObject({ personId: z.uuid(), reason: reviewerReason });
export const undoDetachmentRequest = z.strictObject({ reason: reviewerReason });

/** A record taken out of its person by a reviewer; later runs keep it apart from the records it left. */
export const detachment = z.object({
  id: z.uuid(),
  version: z.number().int(),
  record: pairRecord,
  /** Where the records it was taken from are now. */
  fromClusterId: z.uuid(),
  reason: z.string(),
  detachedAt: z.string(),
  undoneAt: z.string().nullable(),
  undoReason: z.string().nullable(),
});
export type Detachment = z.infer<typeof detachment>;

export const clusterPair = z.object({
  pairId: z.uuid(),
  firstPersonId: z.uuid(),
  secondPersonId: z.uuid(),
  matchWeight: z.number(),
  matchProbability: z.number(),
  decision: z.enum(PAIR_DECISIONS).nullable(),
});

/** One person: the records of a cluster the caller may see, the evidence between them, and detachments. */
export const personCluster = z.object({
  id: z.uuid(),
  version: z.number().int(),
  records: z.array(pairRecord.extend({ linkedAt: z.string() })),
  pairs: z.array(clusterPair),
  detachments: z.array(detachment),
});
export type PersonCluster = z.infer<typeof personCluster>;
