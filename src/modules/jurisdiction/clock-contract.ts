import { z } from 'zod';

const instant = z.iso.datetime({ offset: true });

export const clockPeriod = z
  .strictObject({ from: instant, to: instant })
  .refine((period) => Date.parse(period.from) < Date.parse(period.to), {
    path: ['to'],
    params: { key: 'period_order' },
  });

const clockTotal = z.object({
  /** Cases that spent any time so in the period. */
  cases: z.number().int(),
  totalMs: z.number().int(),
  /** Among those cases; null when there are none. */
  medianMs: z.number().int().nullable(),
  total: z.string(),
  median: z.string().nullable(),
});

export const jurisdictionClockReport = z.object({
  /** `cases`: the cases the caller may see, one by one; `national`: every case, as aggregates only. */
  scope: z.enum(['cases', 'national']),
  from: z.string(),
  until: z.string(),
  asOf: z.string(),
  caseCount: z.number().int(),
  undetermined: clockTotal,
  disputed: clockTotal,
  /** Per case for supervisors; null for statisticians, who never receive case ids. */
  items: z
    .array(
      z.object({
        caseId: z.uuid(),
        reference: z.string(),
        undeterminedMs: z.number().int(),
        disputedMs: z.number().int(),
      }),
    )
    .nullable(),
});
export type JurisdictionClockReport = z.infer<typeof jurisdictionClockReport>;
