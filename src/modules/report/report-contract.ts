import { z } from 'zod';
import {
  CRITERIA,
  judgement,
  RATINGS,
  RECOMMENDATION_STATUSES,
  REPORT_FORMATS,
  REPORT_LANGUAGES,
  recommendation,
  TIERS,
  tierRecord,
} from '../../contracts/annual-report.ts';

/** Years the report can be asked for: Mexico's history starts in 2001. */
export const reportYear = z.coerce.number().int().min(2001).max(2100);

export const reportParams = z.strictObject({ year: reportYear });
export const reportQuery = z.strictObject({
  lang: z.enum(REPORT_LANGUAGES).optional(),
  format: z.enum(REPORT_FORMATS).default('json'),
});

export const criterionParams = z.strictObject({ year: reportYear, criterion: z.enum(CRITERIA) });
export const judgementRequest = z.strictObject({
  rating: z.enum(RATINGS),
  /** The reviewer's reason: a judgement without one cannot be weighed by the next reviewer. */
  note: z.string().trim().min(1).max(2000),
});
export const judgementView = judgement.extend({ year: z.number().int(), criterion: z.enum(CRITERIA) });
export type JudgementView = z.infer<typeof judgementView>;

export const tierRequest = z
  .strictObject({ tier: z.enum(TIERS), waived: z.boolean().default(false) })
  .refine((request) => !request.waived || request.tier === '2_watch_list', {
    path: ['waived'],
    params: { key: 'waiver_needs_watch_list' },
  });
export const tierView = tierRecord.extend({ version: z.number().int() });

/** A year's assessment as the editor needs it: each recorded judgement and tier with its version. */
export const assessmentState = z.object({
  year: z.number().int(),
  tier: tierView.nullable(),
  judgements: z.array(judgementView),
  /** Whether the caller may record judgements, the tier and recommendations (the commission's writers). */
  canEdit: z.boolean(),
});

const shownValue = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.union([z.string(), z.number()])),
]);

/** Changes to judgements, tiers and recommendations, field by field with both values, newest first. */
export const assessmentHistory = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      subject: z.enum(['judgement', 'tier', 'recommendation']),
      /** The criterion, the year (tier) or the recommendation's id. */
      subjectKey: z.string(),
      year: z.number().int().nullable(),
      version: z.number().int(),
      changes: z.array(z.object({ field: z.string(), from: shownValue, to: shownValue })),
      reason: z.string().nullable(),
      changedBy: z.string(),
      changedAt: z.string(),
    }),
  ),
});

const indicatorCode = z.string().regex(/^[a-z_]+\.[a-z_]+$/);
const recommendationText = z.string().trim().min(1).max(2000);

export const recommendationRequest = z.strictObject({
  textEs: recommendationText,
  textEn: recommendationText,
  ownerAgencyId: z.uuid(),
  dueOn: z.iso.date(),
  indicatorCodes: z.array(indicatorCode).max(20).default([]),
});

export const recommendationPatch = z.strictObject({
  textEs: recommendationText.optional(),
  textEn: recommendationText.optional(),
  ownerAgencyId: z.uuid().optional(),
  dueOn: z.iso.date().optional(),
  indicatorCodes: z.array(indicatorCode).max(20).optional(),
  status: z.enum(RECOMMENDATION_STATUSES).optional(),
  /** Appended to the item's progress with the status it leaves. */
  progressNote: z.string().trim().min(1).max(2000).optional(),
});
export type RecommendationPatch = z.infer<typeof recommendationPatch>;

export const recommendationParams = z.strictObject({ recommendationId: z.uuid() });
export const recommendationList = z.object({ items: z.array(recommendation) });
export const seededRecommendations = z.object({ added: z.number().int() });
