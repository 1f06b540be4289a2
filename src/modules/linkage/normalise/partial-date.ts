/**
 * A birth date known to the year, the month or the day. A date whose digits are well placed but
 * which is no calendar date ("1985-13-02", FEBRL's "19450493") is kept with `valid: false`: it is most
 * likely a typing error or a swapped day and month, which the comparison can still recognise.
 */
export type PartialDate = {
  year: number;
  month: number | null;
  day: number | null;
  valid: boolean;
};

export type DateLayout = 'iso' | 'yyyymmdd' | 'dd/mm/yyyy';

const LAYOUTS: Record<DateLayout, RegExp> = {
  iso: /^(?<year>\d{4})(?:-(?<month>\d{2})(?:-(?<day>\d{2}))?)?$/,
  yyyymmdd: /^(?<year>\d{4})(?:(?<month>\d{2})(?<day>\d{2})?)?$/,
  'dd/mm/yyyy': /^(?:(?:(?<day>\d{1,2})\/)?(?<month>\d{1,2})\/)?(?<year>\d{4})$/,
};

/** `null` for an empty value, `undefined` when the value does not have the layout's shape. */
export function parsePartialDate(value: string, layout: DateLayout): PartialDate | null | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const groups = LAYOUTS[layout].exec(trimmed)?.groups;
  if (!groups) return undefined;
  const month = groups.month === undefined ? null : Number(groups.month);
  return partialDate(Number(groups.year), month, groups.day === undefined ? null : Number(groups.day));
}

export function partialDate(year: number, month: number | null, day: number | null): PartialDate {
  return { year, month, day, valid: isCalendarDate(year, month, day) };
}

function isCalendarDate(year: number, month: number | null, day: number | null): boolean {
  if (month === null) return true;
  if (month < 1 || month > 12) return false;
  if (day === null) return true;
  return day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isCompleteDate(date: PartialDate): boolean {
  return date.month !== null && date.day !== null;
}

const pad = (part: number) => String(part).padStart(2, '0');

/** "YYYYMMDD", "YYYYMM" or "YYYY": the digits a typing error can touch. */
export function dateDigits(date: PartialDate): string {
  return `${date.year}${date.month === null ? '' : pad(date.month)}${date.day === null ? '' : pad(date.day)}`;
}
