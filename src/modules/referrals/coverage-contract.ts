import { z } from 'zod';
import { STATISTICS_CONSENT_POLICIES } from '../../contracts/statistics-consent.ts';
import { STATE_CODES } from '../catalog/states.ts';
import { POPULATIONS } from './coverage-gaps.ts';
import { SERVICE_TYPES } from './vocabulary.ts';

export const coverageGapReport = z.object({
  asOf: z.string(),
  policy: z.enum(STATISTICS_CONSENT_POLICIES),
  /** Unmet needs of every survivor the consent policy lets into totals. */
  total: z.number().int(),
  rows: z.array(
    z.object({
      state: z.enum(STATE_CODES).nullable(),
      population: z.enum(POPULATIONS),
      serviceType: z.enum(SERVICE_TYPES),
      /** Null: fewer than three survivors, suppressed. */
      unmet: z.number().int().nullable(),
    }),
  ),
});
