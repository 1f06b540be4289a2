const FIRST_YEAR = 2001;

/** The years a report or figures can be asked for, newest first. */
export const reportYears = (last: number) =>
  Array.from({ length: last - FIRST_YEAR + 1 }, (_, index) => String(last - index));
