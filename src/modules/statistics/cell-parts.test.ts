import { describe, expect, it } from 'vitest';
import { sumCellParts } from './cell-parts.ts';
import type { CellRow } from './figures.ts';

const tally = (persons: number, records = persons, candidates = records, complete = records) => ({
  persons,
  records,
  candidates,
  complete,
});
const row = (dimension: string, cell: string | null, every: number, consented = 0): CellRow => ({
  indicator: 'protection.survivors_identified',
  dimension,
  cell,
  every: tally(every),
  consented: tally(consented),
});

describe('sumCellParts', () => {
  it.each([
    { name: 'no parts', parts: [], expected: [] },
    { name: 'one part as it is', parts: [[row('total', null, 3, 1)]], expected: [row('total', null, 3, 1)] },
    {
      name: 'the same cell in two parts adds every tally',
      parts: [[row('total', null, 3, 1)], [row('total', null, 4, 2)]],
      expected: [row('total', null, 7, 3)],
    },
    {
      name: 'a cell only one part has stays as that part counted it',
      parts: [[row('state', 'PUE', 2)], [row('state', 'OAX', 5)]],
      expected: [row('state', 'PUE', 2), row('state', 'OAX', 5)],
    },
    {
      name: 'the total cell (null) and a cell named "null" stay apart',
      parts: [[row('total', null, 1)], [row('total', 'null', 1)]],
      expected: [row('total', null, 1), row('total', 'null', 1)],
    },
    {
      name: 'three parts',
      parts: [[row('sex', 'female', 1)], [row('sex', 'female', 2)], [row('sex', 'female', 3, 3)]],
      expected: [row('sex', 'female', 6, 3)],
    },
  ])('$name', ({ parts, expected }) => {
    expect(sumCellParts(parts)).toEqual(expected);
  });

  it('adds persons, records, candidates and complete each on its own', () => {
    const one: CellRow = { ...row('total', null, 0), every: tally(1, 2, 3, 4), consented: tally(5, 6, 7, 8) };
    const other: CellRow = {
      ...row('total', null, 0),
      every: tally(10, 20, 30, 40),
      consented: tally(0, 0, 0, 1),
    };
    expect(sumCellParts([[one], [other]])).toEqual([
      { ...row('total', null, 0), every: tally(11, 22, 33, 44), consented: tally(5, 6, 7, 9) },
    ]);
  });

  it('keeps indicators apart', () => {
    const identified = row('total', null, 2);
    const foreign = { ...row('total', null, 1), indicator: 'protection.foreign_survivors' };
    expect(sumCellParts([[identified], [foreign]])).toEqual([identified, foreign]);
  });
});
