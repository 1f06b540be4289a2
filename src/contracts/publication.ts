import { z } from 'zod';
import { BREAKDOWN_DIMENSIONS, INDICATOR_UNITS, REPORT_SECTIONS } from './statistics.ts';

/**
 * Figures as the public reads them: a year's indicators after disclosure control, as the commission
 * approved them. Every count carries `suppressed`: a suppressed count has `value: null` (it was under the
 * threshold, or hides one that was); a null count that is not suppressed means no record carried the data.
 */

/** Indicator codes and breakdown keys are codes, never free text: nothing a person wrote reaches the public. */
export const PUBLIC_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,79}$/;
const publicCode = z.string().regex(PUBLIC_CODE_PATTERN);

export const DISCLOSURE_THRESHOLD_MAX = 100;
export const EPSILON_MIN = 0.01;
export const EPSILON_MAX = 10;
export const FIRST_RELEASE_YEAR = 2000;

export const publishedCell = z.object({
  key: publicCode,
  value: z.number().nonnegative().nullable(),
  suppressed: z.boolean(),
});
export type PublishedCell = z.infer<typeof publishedCell>;

export const publishedBreakdown = z.object({
  dimension: z.enum(BREAKDOWN_DIMENSIONS),
  cells: z.array(publishedCell),
});
export type PublishedBreakdown = z.infer<typeof publishedBreakdown>;

export const publishedDistribution = z.object({
  count: z.number().int().nonnegative().nullable(),
  min: z.number().nullable(),
  median: z.number().nullable(),
  max: z.number().nullable(),
  suppressed: z.boolean(),
});
export type PublishedDistribution = z.infer<typeof publishedDistribution>;

/** Public provenance names agencies and counts their records; nothing else about them or their staff. */
export const publishedAgency = z.object({
  agencyName: z.string(),
  agencyType: publicCode,
  records: z.number().int().nonnegative().nullable(),
  suppressed: z.boolean(),
});

export const publishedProvenance = z.object({
  agencies: z.array(publishedAgency),
  deduplicated: z.boolean(),
  completeness: z.number().min(0).max(1),
  atLeast: z.boolean(),
});

export const publishedIndicator = z.object({
  code: publicCode,
  section: z.enum(REPORT_SECTIONS),
  unit: z.enum(INDICATOR_UNITS),
  value: z.number().nonnegative().nullable(),
  suppressed: z.boolean(),
  /** True when Laplace noise was added to this indicator's counts. */
  noisy: z.boolean(),
  distribution: publishedDistribution.nullable(),
  breakdowns: z.array(publishedBreakdown),
  provenance: publishedProvenance,
});
export type PublishedIndicator = z.infer<typeof publishedIndicator>;

export const disclosure = z.object({
  /** Counts from 1 to threshold − 1 are suppressed. */
  threshold: z.number().int(),
  /** Differential privacy: ε of each noised group of counts; null when no noise was added. */
  epsilon: z.number().nullable(),
  /** The ε the whole release spends (sequential composition over its groups of counts). */
  privacyBudget: z.number().nullable(),
});
export type Disclosure = z.infer<typeof disclosure>;

export const publicReleaseSummary = z.object({
  releaseId: z.uuid(),
  year: z.number().int(),
  releasedAt: z.iso.datetime({ offset: true }),
  publisher: z.string(),
  indicatorCount: z.number().int(),
});

export const publicReleaseList = z.object({ releases: z.array(publicReleaseSummary) });
export type PublicReleaseList = z.infer<typeof publicReleaseList>;

export const publicRelease = z.object({
  releaseId: z.uuid(),
  country: z.literal('MX'),
  year: z.number().int(),
  releasedAt: z.iso.datetime({ offset: true }),
  computedAt: z.iso.datetime({ offset: true }),
  publisher: z.string(),
  disclosure,
  indicators: z.array(publishedIndicator),
});
export type PublicRelease = z.infer<typeof publicRelease>;

export const publicYearParams = z.strictObject({
  year: z.coerce.number().int().min(FIRST_RELEASE_YEAR).max(2999),
});

export const approveReleaseRequest = z.strictObject({
  year: z.number().int().min(FIRST_RELEASE_YEAR).max(2999),
  indicatorCodes: z.array(publicCode).min(1).max(200),
  /** Defaults to ENLACE_DISCLOSURE_THRESHOLD, which is also its least value. */
  threshold: z.number().int().max(DISCLOSURE_THRESHOLD_MAX).optional(),
  epsilon: z.number().min(EPSILON_MIN).max(EPSILON_MAX).optional(),
});
export type ApproveReleaseRequest = z.infer<typeof approveReleaseRequest>;

export const withdrawReleaseRequest = z.strictObject({ reason: z.string().trim().min(20).max(2000) });

export const releaseParams = z.strictObject({ releaseId: z.uuid() });

/** A release as the commission sees it, withdrawn or not. */
export const releaseRecord = z.object({
  releaseId: z.uuid(),
  year: z.number().int(),
  indicatorCodes: z.array(z.string()),
  disclosure,
  approvedBy: z.uuid(),
  approvedAt: z.iso.datetime({ offset: true }),
  withdrawnBy: z.uuid().nullable(),
  withdrawnAt: z.iso.datetime({ offset: true }).nullable(),
  withdrawalReason: z.string().nullable(),
});
export type ReleaseRecord = z.infer<typeof releaseRecord>;

export const releaseRecordList = z.object({ releases: z.array(releaseRecord) });

const openDataValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** The open-data download as JSON: the release's facts once, then the same rows as the CSV. */
export const openDataDocument = z.object({
  format: z.literal('enlace-open-data'),
  version: z.literal(1),
  country: z.literal('MX'),
  year: z.number().int(),
  releaseId: z.uuid(),
  releasedAt: z.string(),
  publisher: z.string(),
  disclosure,
  licence: z.string(),
  rows: z.array(z.record(z.string(), openDataValue)),
});
export type OpenDataDocument = z.infer<typeof openDataDocument>;
