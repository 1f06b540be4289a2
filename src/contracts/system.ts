import { z } from 'zod';

export const health = z.object({ status: z.literal('ok') });

export const readiness = z.object({
  status: z.literal('ready'),
  database: z.literal('up'),
  migrations: z.object({ applied: z.number().int(), pending: z.number().int() }),
});

export const about = z.object({
  name: z.literal('Enlace'),
  version: z.string(),
  node: z.string(),
  database: z.object({ mode: z.enum(['embedded', 'external']), serverVersion: z.string() }),
  languages: z.array(z.string()),
});
export type About = z.infer<typeof about>;

export const problemReject = z.object({
  line: z.number().int(),
  id: z.string().optional(),
  field: z.string(),
  message: z.string(),
});
export type ProblemReject = z.infer<typeof problemReject>;

/** RFC 9457 problem details with Enlace's stable `code` and, for validation, one entry per field. */
export const problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  code: z.string(),
  instance: z.string().optional(),
  requestId: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), code: z.string(), message: z.string() })).optional(),
  /** Every rejected line of an import that wrote nothing. */
  rejects: z.array(problemReject).optional(),
});
export type Problem = z.infer<typeof problem>;
