import type { IndicatorCode } from '../indicators.ts';
import type { Act, Means, Purpose } from '../vocabulary.ts';

/**
 * A text in every language an instrument offers. Spanish and English are required; indigenous languages
 * are added under their ISO 639-3 code (nah, yua, tzh, tzo, mix, zap, …) once a certified interpreter
 * has translated and validated them, and the instrument then lists the code in `languages`.
 */
export type LocalizedText = { 'es-MX': string; en: string; [language: string]: string };

/** The fact a question informs. Lists gain `value` when the answer shows it. */
export type FactTarget =
  | { fact: 'age' }
  | { fact: 'acts'; value: Act }
  | { fact: 'means'; value: Means }
  | { fact: 'purposes'; value: Purpose }
  | { fact: 'indicators'; value: IndicatorCode }
  | { fact: 'smuggling'; field: 'paidToCrossBorder' | 'freeToLeaveOnArrival' };

export type Question = {
  /** Stable across versions; a changed meaning gets a new id. */
  id: string;
  kind: 'yes_no' | 'age';
  text: LocalizedText;
  target: FactTarget;
  /**
   * The answer that shows the target. Questions about freedoms are asked positively ("can you leave when
   * you want?"), so a "no" is what reveals the indicator.
   */
  observedWhen: 'yes' | 'no';
};

export const POPULATIONS = [
  'migrants',
  'people_in_prostitution',
  'workers',
  'children',
  'criminal_activity',
] as const;
export type Population = (typeof POPULATIONS)[number];

export type InstrumentForm = 'short' | 'long';

export type Instrument = {
  /** `<population>.<form>`; with `version`, what a stored screening result records. */
  id: string;
  version: string;
  population: Population;
  form: InstrumentForm;
  languages: readonly string[];
  title: LocalizedText;
  /** Read to the person before the first question. */
  introduction: LocalizedText;
  /** For the interviewer, not read aloud. */
  guidance: readonly LocalizedText[];
  questions: readonly Question[];
};

/** A skipped or unasked question is simply absent, or answered 'skip'. */
export type Answer = 'yes' | 'no' | 'skip' | number;
export type Answers = Readonly<Record<string, Answer>>;
