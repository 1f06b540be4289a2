import { z } from 'zod';

export const NDJSON = 'application/x-ndjson';
export const CSV = 'text/csv';

/** Imports may be large; everything else keeps the application's small body limit. */
export const IMPORT_BODY_LIMIT = 64 * 1024 * 1024;

export const importSummary = z.object({
  created: z.object({ cases: z.number().int(), people: z.number().int() }),
  unchanged: z.object({ cases: z.number().int(), people: z.number().int() }),
});

export const exportRequest = z
  .strictObject({
    format: z.enum(['bundle', 'htcds-csv']),
    identities: z.boolean().default(false),
    reason: z.string().trim().min(10).max(2000).optional(),
  })
  .refine((request) => !request.identities || request.reason !== undefined, {
    params: { key: 'export_reason' },
    path: ['reason'],
  });
