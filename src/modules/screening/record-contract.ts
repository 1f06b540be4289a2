import { z } from 'zod';
import { screeningFacts, screeningResult } from './contract.ts';
import { instrumentAnswers } from './instruments/answers.ts';
import { IDENTIFICATION_STATUSES } from './schema.ts';

/** Either facts, or an instrument and its answers (turned into facts by the instrument's mapping). */
export const recordScreeningRequest = z.union([
  z.strictObject({ personId: z.uuid().optional(), facts: screeningFacts }),
  z.strictObject({
    personId: z.uuid().optional(),
    instrument: z.string().min(1).max(80),
    answers: instrumentAnswers,
  }),
]);
export type RecordScreeningRequest = z.infer<typeof recordScreeningRequest>;

export const storedScreening = z.object({
  id: z.uuid(),
  personId: z.uuid().nullable(),
  instrument: z.object({ id: z.string(), version: z.string() }).nullable(),
  rulesVersion: z.string(),
  result: screeningResult,
  screenedAt: z.string(),
});
/** Who made a screening or a decision, as colleagues on the case see it. */
const actedBy = z.object({ displayName: z.string(), agencyCode: z.string() });

export const screeningList = z.object({ items: z.array(storedScreening.extend({ screenedBy: actedBy })) });

export const identificationRequest = z.strictObject({
  status: z.enum(IDENTIFICATION_STATUSES),
  reason: z.string().trim().min(10).max(2000),
});
export const identificationDecision = z.object({
  id: z.uuid(),
  status: z.enum(IDENTIFICATION_STATUSES),
  decidedAt: z.string(),
});

/** The latest decision for each person of a case who has one. */
export const identificationList = z.object({
  items: z.array(
    z.object({
      personId: z.uuid(),
      status: z.enum(IDENTIFICATION_STATUSES),
      decidedAt: z.string(),
      decidedBy: actedBy,
    }),
  ),
});
