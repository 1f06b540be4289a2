import { z } from 'zod';
import { BREAKDOWN_DIMENSIONS, INDICATOR_UNITS, REPORT_SECTIONS } from '../../contracts/statistics.ts';

export const annualFiguresParams = z.strictObject({
  /** Checked against the current year by the use-case, which names the range it accepts. */
  year: z.coerce.number().int().min(1000).max(9999),
});

export const indicatorCatalogue = z.object({
  items: z.array(
    z.object({
      code: z.string(),
      section: z.enum(REPORT_SECTIONS),
      unit: z.enum(INDICATOR_UNITS),
      dimensions: z.array(z.enum(BREAKDOWN_DIMENSIONS)),
      /** In the request's language. */
      name: z.string(),
      definition: z.string(),
    }),
  ),
});

/** A figure to trace: the year, and the indicator's code (`prosecution.convictions`). */
export const figureTraceParams = z.strictObject({
  year: z.coerce.number().int().min(1000).max(9999),
  code: z.string().regex(/^[a-z_]{1,40}\.[a-z_]{1,60}$/),
});

/** Optionally one cell of one breakdown (both or neither), as the figure's breakdowns key them. */
export const figureTraceQuery = z.strictObject({
  dimension: z.enum(BREAKDOWN_DIMENSIONS).optional(),
  cell: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,60}$/)
    .optional(),
  cursor: z.string().max(400).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
