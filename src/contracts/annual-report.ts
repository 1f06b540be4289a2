import { z } from 'zod';
import { annualFigures } from './statistics.ts';

/**
 * The annual report as the API, the CLI's `json` format and the web app carry it: the figures (this year
 * and the last, for year-over-year comparison), the assessment, the tracked recommendations, and the
 * report's text already written in the requested language.
 */

export const REPORT_LANGUAGES = ['es-MX', 'en'] as const;
export const REPORT_FORMATS = ['md', 'html', 'pdf', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const MINIMUM_STANDARDS = [
  'prohibits_and_punishes',
  'punishment_commensurate',
  'punishment_stringent',
  'serious_sustained_efforts',
] as const;

/** The 12 indicia of serious and sustained efforts (domain.md §10), in the statute's order. */
export const INDICIA = [
  'law_enforcement',
  'victim_protection',
  'prevention',
  'international_cooperation',
  'extradition',
  'migration_monitoring',
  'official_complicity',
  'foreign_victims',
  'partnerships',
  'self_monitoring',
  'appreciable_progress',
  'demand_reduction',
] as const;

export const CRITERIA = [...MINIMUM_STANDARDS, ...INDICIA] as const;
export type Criterion = (typeof CRITERIA)[number];

export const RATINGS = ['met', 'partly_met', 'not_met'] as const;
export type Rating = (typeof RATINGS)[number];

export const TIERS = ['1', '2', '2_watch_list', '3'] as const;
export type Tier = (typeof TIERS)[number];

export const TIER_REASONS = [
  'minimum_standards_met',
  'minimum_standards_not_met',
  'significant_efforts',
  'no_significant_efforts',
  'awaiting_judgements',
  'victims_significantly_increasing',
  'no_evidence_of_increasing_efforts',
  'watch_list_limit',
  'watch_list_waiver_available',
  'watch_list_waiver_used',
] as const;
export type TierReason = (typeof TIER_REASONS)[number];

export const RECOMMENDATION_STATUSES = ['not_started', 'in_progress', 'achieved', 'dropped'] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];

export const trend = z.enum(['up', 'down', 'same', 'no_comparison']);

export const evidenceItem = z.object({
  code: z.string(),
  value: z.number().nullable(),
  previous: z.number().nullable(),
  atLeast: z.boolean(),
  trend,
});
export type EvidenceItem = z.infer<typeof evidenceItem>;

export const judgement = z.object({
  rating: z.enum(RATINGS),
  note: z.string(),
  reviewer: z.string(),
  judgedAt: z.string(),
  version: z.number().int(),
});
export type Judgement = z.infer<typeof judgement>;

export const tierRecord = z.object({ year: z.number().int(), tier: z.enum(TIERS), waived: z.boolean() });
export type TierRecord = z.infer<typeof tierRecord>;

export const assessment = z.object({
  year: z.number().int(),
  /** The tier recorded for the year, when the commission has recorded one. */
  assessedTier: tierRecord.nullable(),
  suggestion: z.object({ tier: z.enum(TIERS), reasons: z.array(z.enum(TIER_REASONS)) }),
  criteria: z.array(
    z.object({
      criterion: z.enum(CRITERIA),
      evidence: z.array(evidenceItem),
      judgement: judgement.nullable(),
    }),
  ),
  history: z.array(tierRecord),
});
export type Assessment = z.infer<typeof assessment>;

export const progressNote = z.object({
  text: z.string(),
  status: z.enum(RECOMMENDATION_STATUSES),
  writtenBy: z.string(),
  writtenAt: z.string(),
});

export const recommendation = z.object({
  id: z.uuid(),
  textEs: z.string(),
  textEn: z.string(),
  ownerAgency: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
  dueOn: z.iso.date(),
  indicatorCodes: z.array(z.string()),
  status: z.enum(RECOMMENDATION_STATUSES),
  notes: z.array(progressNote),
  version: z.number().int(),
});
export type Recommendation = z.infer<typeof recommendation>;

const text = z.string();

/** A bar chart's data: one group per category, one bar per year. */
export const barChart = z.object({
  section: z.enum(['prosecution', 'protection', 'prevention']),
  title: text,
  series: z.array(z.object({ label: text })),
  groups: z.array(z.object({ label: text, values: z.array(z.number()) })),
});
export type BarChart = z.infer<typeof barChart>;

export const stateMap = z.object({
  title: text,
  legend: text,
  states: z.array(z.object({ code: z.string(), name: text, value: z.number().nullable() })),
});
export type StateMap = z.infer<typeof stateMap>;

/** The report's words in one language, ready for any renderer. */
export const reportText = z.object({
  language: z.enum(REPORT_LANGUAGES),
  title: text,
  tierLine: text,
  headings: z.object({
    summary: text,
    recommendations: text,
    prosecution: text,
    protection: text,
    prevention: text,
    assessment: text,
    annex: text,
  }),
  summary: z.array(text),
  /** Said instead of the list when nothing is tracked. */
  noRecommendations: text,
  recommendations: z.array(
    z.object({
      text,
      owner: text,
      due: text,
      status: text,
      progress: z.array(text),
      measures: z.array(text),
    }),
  ),
  sections: z.array(
    z.object({ section: z.enum(['prosecution', 'protection', 'prevention']), paragraphs: z.array(text) }),
  ),
  charts: z.array(barChart),
  map: stateMap.nullable(),
  assessment: z.object({
    suggestedTier: text,
    reasons: z.array(text),
    columns: z.array(text),
    rows: z.array(
      z.object({ group: text, criterion: text, evidence: text, judgement: text, reviewer: text }),
    ),
  }),
  annex: z.object({
    columns: z.array(text),
    rows: z.array(z.object({ code: z.string(), cells: z.array(text), breakdowns: z.array(text) })),
  }),
});
export type ReportText = z.infer<typeof reportText>;

export const annualReport = z.object({
  format: z.literal('enlace-annual-report'),
  formatVersion: z.literal(1),
  year: z.number().int(),
  figures: annualFigures,
  previousFigures: annualFigures.nullable(),
  assessment,
  recommendations: z.array(recommendation),
  text: reportText,
});
export type AnnualReport = z.infer<typeof annualReport>;
