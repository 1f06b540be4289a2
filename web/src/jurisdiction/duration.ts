const UNITS = [
  ['day', 1440],
  ['hour', 60],
  ['minute', 1],
] as const;

/**
 * "3 días, 4 horas": the largest unit that is not zero and the next one, in the reader's language,
 * written by Intl so that no catalog has to know plural rules.
 */
export function formatDuration(ms: number, language: string): string {
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  const amounts = UNITS.map(([unit, size], index) => {
    const larger = index === 0 ? Number.POSITIVE_INFINITY : UNITS[index - 1]![1] / size;
    return { unit, amount: Math.floor(minutes / size) % larger };
  });
  const first = amounts.findIndex(({ amount }) => amount > 0);
  const shown =
    first === -1 ? [amounts[2]!] : amounts.slice(first, first + 2).filter(({ amount }) => amount > 0);
  const parts = shown.map(({ unit, amount }) =>
    new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long' }).format(amount),
  );
  return new Intl.ListFormat(language, { style: 'long', type: 'unit' }).format(parts);
}
