import type { CellRow, PeopleTally } from './figures.ts';

const addTallies = (one: PeopleTally, other: PeopleTally): PeopleTally => ({
  persons: one.persons + other.persons,
  records: one.records + other.records,
  candidates: one.candidates + other.candidates,
  complete: one.complete + other.complete,
});

/**
 * The cells of the whole from the cells of its parts (migration 0046): the parts count disjoint sets of
 * people, every record of a person in one part, so a cell's people and records are the sum of the
 * parts' (a cell no part has stays absent).
 */
export function sumCellParts(parts: readonly (readonly CellRow[])[]): CellRow[] {
  const cells = new Map<string, CellRow>();
  for (const row of parts.flat()) {
    const key = JSON.stringify([row.indicator, row.dimension, row.cell]);
    const seen = cells.get(key);
    cells.set(
      key,
      seen
        ? {
            ...seen,
            every: addTallies(seen.every, row.every),
            consented: addTallies(seen.consented, row.consented),
          }
        : row,
    );
  }
  return [...cells.values()];
}
