const FIRST_YEAR = 2001;

/** The years a report or figures can be asked for, newest first: up to the current year, so far. */
export const reportYears = (newest: number) =>
  Array.from({ length: newest - FIRST_YEAR + 1 }, (_, index) => String(newest - index));
