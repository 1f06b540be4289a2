import { z } from 'zod';

export const NDJSON = 'application/x-ndjson';
export const CSV = 'text/csv';

/** Imports may be large; everything else keeps the application's small body limit. */
export const IMPORT_BODY_LIMIT = 64 * 1024 * 1024;

const counts = z.object({
  cases: z.number().int(),
  people: z.number().int(),
  /** Exploitation, suspect roles, legal track, protection and consent records. */
  records: z.number().int(),
});
export const importSummary = z.object({ created: counts, unchanged: counts });

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
