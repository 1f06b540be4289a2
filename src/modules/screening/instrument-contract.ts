import { z } from 'zod';
import { instrumentAnswers } from './instruments/answers.ts';
import { POPULATIONS } from './instruments/types.ts';

/** Spanish and English always; an indigenous language under its ISO 639-3 code once validated. */
const localizedText = z.object({ 'es-MX': z.string(), en: z.string() }).catchall(z.string());

const instrumentForm = z.enum(['short', 'long']);

/** The populations screened, each with the forms it offers, for the interviewer to choose from. */
export const instrumentList = z.object({
  items: z.array(
    z.object({
      population: z.enum(POPULATIONS),
      title: localizedText,
      forms: z.array(
        z.object({
          id: z.string(),
          version: z.string(),
          form: instrumentForm,
          title: localizedText,
          questionCount: z.number().int(),
        }),
      ),
    }),
  ),
});

/**
 * An instrument as the interviewer reads it. Which fact each question informs stays on the server, which
 * turns the answers into facts: the interview does not steer towards an outcome.
 */
export const instrumentDetail = z.object({
  id: z.string(),
  version: z.string(),
  population: z.enum(POPULATIONS),
  form: instrumentForm,
  languages: z.array(z.string()),
  title: localizedText,
  introduction: localizedText,
  guidance: z.array(localizedText),
  questions: z.array(z.object({ id: z.string(), kind: z.enum(['yes_no', 'age']), text: localizedText })),
});

export const instrumentParams = z.strictObject({ instrumentId: z.string().min(1).max(80) });

export const instrumentClassifyRequest = z.strictObject({ answers: instrumentAnswers });
