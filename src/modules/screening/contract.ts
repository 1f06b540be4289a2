import { z } from 'zod';
import { INDICATOR_CODES } from './indicators.ts';
import { ACTS, MEANS, PURPOSES, SCREENING_ELEMENTS } from './vocabulary.ts';

/**
 * The screening contract shared by `enlace screen`, `POST /api/v1/screening/classify` and the web app.
 * An empty list means "asked, none observed"; a missing or null field, or one named in `unknown`, means
 * "not yet known". Objects are strict so that nothing else, above all no "consent", can be sent.
 */
const LIST_LIMIT = 100;

export const act = z.enum(ACTS);
export const means = z.enum(MEANS);
export const purpose = z.enum(PURPOSES);
export const indicator = z.enum(INDICATOR_CODES);

export const smugglingFacts = z.strictObject({
  paidToCrossBorder: z.boolean().nullish(),
  freeToLeaveOnArrival: z.boolean().nullish(),
});

export const screeningFacts = z.strictObject({
  age: z.number().int().min(0).max(130).nullish(),
  acts: z.array(act).max(LIST_LIMIT).nullish(),
  means: z.array(means).max(LIST_LIMIT).nullish(),
  purposes: z.array(purpose).max(LIST_LIMIT).nullish(),
  indicators: z.array(indicator).max(LIST_LIMIT).nullish(),
  smuggling: smugglingFacts.nullish(),
  unknown: z.array(z.enum(SCREENING_ELEMENTS)).max(LIST_LIMIT).nullish(),
});
export type ScreeningFacts = z.infer<typeof screeningFacts>;

/** One step of an explanation, in both languages, under a rule id that never changes meaning. */
export const reason = z.object({ rule: z.string(), es: z.string(), en: z.string() });
export type Reason = z.infer<typeof reason>;

export const SCREENING_RESULTS = [
  'trafficking_indicated',
  'further_assessment',
  'smuggling_indicated',
  'not_indicated',
] as const;

/** true = observed, false = asked and not observed, null = not yet known. */
const elementStatus = z.boolean().nullable();

export const screeningResult = z.object({
  result: z.enum(SCREENING_RESULTS),
  palermo: z.object({
    act: elementStatus,
    means: z.union([z.boolean(), z.literal('not_required')]).nullable(),
    purpose: elementStatus,
  }),
  /** null while the age is not known. */
  child: z.boolean().nullable(),
  mexicanLawOnly: z.boolean(),
  forms: z.array(purpose),
  reasons: z.array(reason),
});
export type ScreeningResult = z.infer<typeof screeningResult>;
