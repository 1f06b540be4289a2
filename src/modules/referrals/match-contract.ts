import { z } from 'zod';
import { STATE_CODES } from '../catalog/states.ts';
import { SERVICE_TYPES } from './vocabulary.ts';

export const matchParams = z.strictObject({ caseId: z.uuid(), personId: z.uuid() });

export const matchQuery = z.strictObject({
  /** Where the survivor is now; the case's state when left out. */
  state: z.enum(STATE_CODES).optional(),
  municipality: z.string().trim().min(1).max(100).optional(),
  withChildren: z.stringbool().default(false),
});

const reason = z.object({
  code: z.string(),
  points: z.number().int().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
const candidate = {
  serviceId: z.uuid(),
  providerId: z.uuid(),
  providerName: z.string(),
  serviceType: z.enum(SERVICE_TYPES),
  reasons: z.array(reason),
};

export const matchResult = z.object({
  ranked: z.array(
    z.object({ ...candidate, score: z.number().int(), distanceKm: z.number().int().nullable() }),
  ),
  excluded: z.array(z.object({ ...candidate, overridable: z.boolean() })),
  gaps: z.array(
    z.object({
      need: z.enum(SERVICE_TYPES),
      state: z.enum(STATE_CODES).nullable(),
      excludedBy: z.record(z.string(), z.number().int()),
      nearest: z
        .object({
          serviceId: z.uuid(),
          providerName: z.string(),
          state: z.enum(STATE_CODES),
          distanceKm: z.number().int(),
        })
        .nullable(),
    }),
  ),
});
