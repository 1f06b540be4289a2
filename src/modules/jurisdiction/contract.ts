import { z } from 'zod';
import { STATE_CODES } from '../catalog/states.ts';
import { purpose, reason } from '../screening/contract.ts';

/**
 * The jurisdiction contract shared by `enlace route`, `POST /api/v1/jurisdiction/decide` and the web app.
 * Any fact may be null or missing: not yet known. `state` is the ISO 3166-2:MX code without `MX-`.
 */
export const jurisdictionFacts = z.strictObject({
  state: z.enum(STATE_CODES).nullish(),
  transnational: z.boolean().nullish(),
  organizedCrime: z.boolean().nullish(),
  federalTerritory: z.boolean().nullish(),
  officialInvolved: z.boolean().nullish(),
  suspectCount: z.number().int().min(0).max(10_000).nullish(),
  forms: z.array(purpose).max(100).nullish(),
});
export type JurisdictionFacts = z.infer<typeof jurisdictionFacts>;

/** The facts whose being unknown can leave a decision open, in the order `missing` lists them. */
export const DECIDING_FACTS = [
  'state',
  'transnational',
  'organizedCrime',
  'federalTerritory',
  'officialInvolved',
  'suspectCount',
] as const;
export type DecidingFact = (typeof DECIDING_FACTS)[number];

export const AUTHORITIES = ['STATE_PROSECUTOR', 'FEVIMTRA', 'UEITMPO'] as const;
export type Authority = (typeof AUTHORITIES)[number];

export const jurisdictionDecision = z.object({
  decision: z.enum(['state', 'federal', 'undetermined']),
  authority: z.enum(AUTHORITIES).nullable(),
  state: z.enum(STATE_CODES).nullable(),
  missing: z.array(z.enum(DECIDING_FACTS)),
  reasons: z.array(reason),
});
export type JurisdictionDecision = z.infer<typeof jurisdictionDecision>;
