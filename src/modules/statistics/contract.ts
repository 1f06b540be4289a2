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
