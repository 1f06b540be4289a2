/** The comparisons the engine reports, each with its label in the web catalog. */
export const COMPARISONS = [
  'given_names',
  'surname_1',
  'surname_2',
  'birth_date',
  'sex',
  'curp',
  'phone',
  'nationality',
] as const;
export type ComparisonName = (typeof COMPARISONS)[number];

export const LEVEL_KINDS = [
  'exact',
  'sameNames',
  'namesContained',
  'phonetic',
  'oneEdit',
  'jaroWinkler',
  'samePrefix',
  'sameSuffix',
  'compatible',
  'dayMonthSwapped',
  'yearOff',
] as const;
export type LevelKind = (typeof LEVEL_KINDS)[number];

export const isComparison = (name: string): name is ComparisonName =>
  (COMPARISONS as readonly string[]).includes(name);

/**
 * A level in the engine's vocabulary ("exact", "jaroWinkler>=0.92", "samePrefix(10)", "yearOff(1)")
 * as its kind and parameter, so the page can say it in the reader's language; null for any other text.
 */
export function parseLevel(level: string): { kind: LevelKind; value: string } | null {
  const match = /^([A-Za-z]+)(?:>=([\d.]+)|\((\d+)\))?$/.exec(level);
  const kind = match?.[1];
  if (!match || !kind || !(LEVEL_KINDS as readonly string[]).includes(kind)) return null;
  return { kind: kind as LevelKind, value: match[2] ?? match[3] ?? '' };
}

/** Bits with their sign, one decimal: "+12.4", "−3.1", as the sum is read. */
export function formatBits(bits: number, locale: string): string {
  const text = Math.abs(bits).toLocaleString(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return `${bits < 0 ? '−' : '+'}${text}`;
}
