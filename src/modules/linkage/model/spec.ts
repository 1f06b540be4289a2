/**
 * A linkage model is data, as in Splink: which fields are compared, the ordered levels of agreement
 * of each comparison (the first level that holds is the pair's level), the blocking rules that choose
 * which pairs are compared, and which rules train which comparisons. The engine interprets it; no
 * field has a code path of its own.
 */

/** Names and other text: given names, surnames, text extra columns. */
export type TextField = 'givenNames' | 'surname1' | 'surname2' | `extra:${string}`;
/** Values compared character by character. */
export type CodeField = 'sex' | 'nationality' | 'curp' | 'phone' | `extra:${string}`;

export type TextLevel =
  | { kind: 'exact' }
  /** The same names in the same order, nicknames and abbreviations allowed (Lupe = Guadalupe). */
  | { kind: 'sameNames' }
  /** Every name of the shorter value appears in the longer one, one of them distinctive (Guadalupe in María Guadalupe). */
  | { kind: 'namesContained' }
  | { kind: 'phonetic' }
  | { kind: 'jaroWinkler'; atLeast: number }
  | { kind: 'oneEdit' };

export type CodeLevel =
  | { kind: 'exact' }
  | { kind: 'oneEdit' }
  | { kind: 'samePrefix'; length: number }
  | { kind: 'sameSuffix'; length: number };

export type DateLevel =
  | { kind: 'exact' }
  /** Equal in every part both dates know, where at least one knows only the year or the month. */
  | { kind: 'compatible' }
  | { kind: 'dayMonthSwapped' }
  /** Both dates complete, one typing error apart in YYYYMMDD (for partial dates a digit off is too common to tell). */
  | { kind: 'oneEdit' }
  /** Day and month agree where both are known, the years differ by at most `years` (an age-based guess). */
  | { kind: 'yearOff'; years: number };

export type LevelSpec = TextLevel | CodeLevel | DateLevel;

type ComparisonCommon = {
  /** The column name the comparison is reported under. */
  name: string;
  /**
   * Values sharing a frequency table. When set, an exact agreement weighs more for a rare value
   * than for a common one (term-frequency adjustment).
   */
  termFrequency?: string;
};

export type ComparisonSpec =
  | (ComparisonCommon & { type: 'text'; field: TextField; levels: TextLevel[] })
  | (ComparisonCommon & { type: 'code'; field: CodeField; levels: CodeLevel[] })
  | (ComparisonCommon & { type: 'date'; field: 'birthDate'; levels: DateLevel[] });

/** Parts a blocking key is made of; a part that yields several values gives a record several keys. */
export type BlockingKeyPart =
  | 'birthDate'
  | 'birthYear'
  | 'birthYearMonth'
  /** Month and day without the year, which is the part most often mistyped or guessed from an age. */
  | 'birthMonthDay'
  | 'givenName'
  | 'surname'
  | 'surnamePair'
  /** Any word of the given names and surnames, whichever field holds it. */
  | 'nameWord'
  /** Any two words of the given names and surnames, whichever fields hold them. */
  | 'nameWordPair'
  | 'curpStem'
  | 'phone'
  | `extra:${string}`;

export type BlockingRuleSpec = {
  name: string;
  on: BlockingKeyPart[];
  /**
   * Blocks larger than this are skipped for this rule (instead of the model's `maxBlockSize`). A
   * loose rule can then reach rare values cheaply: the pairs it skips share only a common value,
   * which would not be enough evidence to link them anyway.
   */
  maxBlockSize?: number;
};

/**
 * An expectation-maximisation session over the pairs of one blocking rule. The comparisons the rule
 * blocks on agree in nearly every pair it produces, match or not, so they are left out of it.
 */
export type TrainingSpec = { rule: string; leaveOut: string[] };

export type ModelSpec = {
  comparisons: ComparisonSpec[];
  blockingRules: BlockingRuleSpec[];
  training: TrainingSpec[];
  /** Blocks larger than this are skipped (and counted), so one placeholder value cannot explode the work. */
  maxBlockSize: number;
  /** How many random pairs estimate the u probabilities. */
  randomPairs: number;
};
