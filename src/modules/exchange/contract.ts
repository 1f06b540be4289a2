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

const PURPOSE = /^[a-z][a-z0-9_]{2,62}$/;

/**
 * What a statistician's de-identified extract is for; its pseudonyms are keyed by it. A refinement rather
 * than a regex so that a refusal says what is expected (problems `field.export_purpose`); the pattern
 * stays in the OpenAPI schema.
 */
export const extractPurpose = z
  .string()
  .refine((purpose) => PURPOSE.test(purpose), { params: { key: 'export_purpose' } })
  .meta({
    pattern: PURPOSE.source,
    description:
      'Lowercase letters, digits and underscores, e.g. anuario_2025: extracts for one purpose share pseudonyms',
  });

export const exportRequest = z
  .strictObject({
    format: z.enum(['bundle', 'htcds-csv']),
    identities: z.boolean().default(false),
    reason: z.string().trim().min(10).max(2000).optional(),
    purpose: extractPurpose.optional(),
  })
  .refine((request) => !request.identities || request.reason !== undefined, {
    params: { key: 'export_reason' },
    path: ['reason'],
  });
