import { z } from 'zod';

/**
 * The shape every computed figure takes, shared by the statistics engine, the annual report (all
 * formats), the web app and the open-data download. The report's `json` format is `AnnualFigures`.
 */

export const REPORT_SECTIONS = ['prosecution', 'protection', 'prevention'] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

/** What a figure can be broken down by; each indicator lists the dimensions it supports. */
export const BREAKDOWN_DIMENSIONS = [
  'form_mexican_law',
  'form_palermo',
  'authority',
  'agency',
  'state',
  'nationality',
  'sex',
  'age_group',
  'role',
  'language',
  'service_type',
  'population',
  'activity_type',
  'audience',
  'outcome',
] as const;
export type BreakdownDimension = (typeof BREAKDOWN_DIMENSIONS)[number];

export const INDICATOR_UNITS = ['count', 'years', 'days', 'share', 'pesos'] as const;

export const agencyContribution = z.object({
  agencyId: z.string(),
  agencyName: z.string(),
  agencyType: z.string(),
  /** Records of this agency the figure counts (before de-duplication). */
  records: z.number().int().nonnegative(),
  /** Share (0–1) of this agency's candidate records that carry every field the indicator needs. */
  completeness: z.number().min(0).max(1),
});

export const provenance = z.object({
  agencies: z.array(agencyContribution),
  /**
   * True when the figure counts people and a person recorded by several agencies (or twice by one) is
   * counted once: records in one person cluster of record linkage count once, records not linked yet
   * count alone. Agency cells and `agencies[].records` count each agency's own records and people, so
   * they need not add up to the total.
   */
  deduplicated: z.boolean(),
  /** For figures that count people: the records counted and the distinct people they are; else null. */
  persons: z
    .object({ records: z.number().int().nonnegative(), distinct: z.number().int().nonnegative() })
    .nullable(),
  /** Share (0–1) of all candidate records that carry every field the indicator needs. */
  completeness: z.number().min(0).max(1),
  /** True when coverage is incomplete: the true figure is at least `value`. */
  atLeast: z.boolean(),
  /** Records left out because consent or the law keeps them out of this use (never identifies whom). */
  excludedByConsent: z.number().int().nonnegative(),
});
export type Provenance = z.infer<typeof provenance>;

export const breakdownCell = z.object({ key: z.string(), value: z.number() });
export const breakdown = z.object({
  dimension: z.enum(BREAKDOWN_DIMENSIONS),
  cells: z.array(breakdownCell),
});
export type Breakdown = z.infer<typeof breakdown>;

/** Minimum, median and maximum for figures that are distributions (sentence lengths, days to decide). */
export const distribution = z.object({
  count: z.number().int().nonnegative(),
  min: z.number().nullable(),
  median: z.number().nullable(),
  max: z.number().nullable(),
});

export const indicatorFigure = z.object({
  /** Stable code, e.g. `prosecution.convictions`; the catalogs hold its name and definition. */
  code: z.string(),
  section: z.enum(REPORT_SECTIONS),
  unit: z.enum(INDICATOR_UNITS),
  year: z.number().int(),
  /** Null when no record carries the data the indicator needs. */
  value: z.number().nullable(),
  distribution: distribution.nullable(),
  breakdowns: z.array(breakdown),
  provenance,
});
export type IndicatorFigure = z.infer<typeof indicatorFigure>;

export const annualFigures = z.object({
  country: z.literal('MX'),
  year: z.number().int(),
  computedAt: z.string(),
  indicators: z.array(indicatorFigure),
});
export type AnnualFigures = z.infer<typeof annualFigures>;
