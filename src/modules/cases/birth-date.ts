/** How much of a birth date is known: the year, the year and month, or the full date. */
export const BIRTH_DATE_PRECISIONS = ['year', 'month', 'day'] as const;
export type BirthDatePrecision = (typeof BIRTH_DATE_PRECISIONS)[number];

export type BirthDate = {
  year: number;
  month: number | null;
  day: number | null;
  precision: BirthDatePrecision;
};

const LAYOUT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * "YYYY", "YYYY-MM" or "YYYY-MM-DD" on the calendar, from 1900 (as birth years are kept); `undefined`
 * for anything else.
 */
export function parseBirthDate(text: string): BirthDate | undefined {
  const match = LAYOUT.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (year < 1900) return undefined;
  const month = match[2] === undefined ? null : Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  if (month !== null && (month < 1 || month > 12)) return undefined;
  if (month !== null && day !== null && (day < 1 || day > daysInMonth(year, month))) return undefined;
  return { year, month, day, precision: day !== null ? 'day' : month !== null ? 'month' : 'year' };
}

/**
 * True when even the earliest day the date allows is after `today` (UTC): a partial date of this month
 * or year is not in the future.
 */
export function isFutureBirthDate(date: BirthDate, today: Date): boolean {
  const earliest = Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1);
  const todayStart = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return earliest > todayStart;
}
