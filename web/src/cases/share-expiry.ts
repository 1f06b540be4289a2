/** Today as `YYYY-MM-DD` in the reader's time zone, the earliest day a share may run to. */
export function localToday(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A share "until" a local day lasts that whole day: it ends when the next local day begins. */
export function endOfLocalDay(day: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  // A date-time without an offset is read as local time, which is the day the reader meant.
  const end = new Date(`${day}T00:00:00`);
  end.setDate(end.getDate() + 1);
  return end.toISOString();
}
