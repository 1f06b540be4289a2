import { describe, expect, it } from 'vitest';
import { type CellRow, countFigure, distributionOf } from './figures.ts';
import { indicatorByCode } from './indicators.ts';

const identified = indicatorByCode.get('protection.survivors_identified')!;
const convictions = indicatorByCode.get('prosecution.convictions')!;
const agencies = new Map([
  ['a1', { id: 'a1', code: 'FGE-PUE', name: 'Fiscalía de Puebla', agencyType: 'state_prosecutor' }],
  [
    'a2',
    { id: 'a2', code: 'INM', name: 'Instituto Nacional de Migración', agencyType: 'migration_institute' },
  ],
]);

type Tallies = [persons: number, records: number, candidates?: number, complete?: number];
const tally = ([persons, records, candidates = records, complete = candidates]: Tallies) => ({
  persons,
  records,
  candidates,
  complete,
});
const row = (dimension: string, cell: string | null, every: Tallies, consented: Tallies = [0, 0]) =>
  ({
    indicator: 'x',
    dimension,
    cell,
    every: tally(every),
    consented: tally(consented),
  }) satisfies CellRow;

// Five survivor records of four people. a1 recorded three: P1 (GT, consented), P2 (nationality not
// recorded, consented) and P3 (HN, no consent); a2 recorded P1 again (consented) and P4 (GT, no
// consent). Nationally P1 is one person: every record gives 4 people, consented records 2.
const survivorRows: CellRow[] = [
  row('total', null, [4, 5, 5, 4], [2, 3, 3, 2]),
  row('agency', 'a1', [3, 3, 3, 2], [2, 2, 2, 1]),
  row('agency', 'a2', [2, 2], [1, 1]),
  row('nationality', 'GT', [2, 3], [1, 2]),
  row('nationality', 'unknown', [1, 1], [1, 1]),
  row('nationality', 'HN', [1, 1]),
];

describe('count figures under the consent-for-statistics policy', () => {
  it.each([
    ['aggregates', 4, 0, 5, [3, 2], 0.8],
    ['consent_required', 2, 2, 3, [2, 1], 0.6667],
  ] as const)('%s', (policy, value, excluded, records, agencyRecords, completeness) => {
    const figure = countFigure(identified, 2012, survivorRows, policy, agencies);
    expect(figure.value).toBe(value);
    // Breakdowns count the people among consented records only, whatever the policy.
    const cells = figure.breakdowns.find((item) => item.dimension === 'nationality')!.cells;
    expect(Object.fromEntries(cells.map((cell) => [cell.key, cell.value]))).toEqual({ GT: 1, unknown: 1 });
    expect(figure.breakdowns.find((item) => item.dimension === 'agency')!.cells).toEqual([
      { key: 'FGE-PUE', value: 2 },
      { key: 'INM', value: 1 },
    ]);
    expect(figure.provenance.agencies.map((agency) => agency.records)).toEqual(agencyRecords);
    expect(figure.provenance).toMatchObject({
      excludedByConsent: excluded,
      completeness,
      atLeast: true,
      deduplicated: true,
      persons: { records, distinct: value },
    });
  });

  it('names agencies by code in breakdowns and counts suspects whatever the policy', () => {
    const rows = [row('total', null, [3, 3]), row('agency', 'a1', [2, 2]), row('agency', 'a2', [1, 1])];
    const figure = countFigure(convictions, 2012, rows, 'consent_required', agencies);
    expect(figure.value).toBe(3);
    expect(figure.breakdowns.find((item) => item.dimension === 'authority')!.cells).toEqual([
      { key: 'FGE-PUE', value: 2 },
      { key: 'INM', value: 1 },
    ]);
    expect(figure.provenance).toMatchObject({
      completeness: 1,
      atLeast: false,
      excludedByConsent: 0,
      deduplicated: false,
      persons: null,
    });
  });

  it('is null, not zero, when no record carries the data', () => {
    const figure = countFigure(convictions, 2012, [], 'aggregates', agencies);
    expect(figure.value).toBeNull();
    expect(figure.provenance).toMatchObject({ agencies: [], completeness: 0, atLeast: false });
  });
});

describe('distributions', () => {
  it.each([
    [[], { count: 0, min: null, median: null, max: null }],
    [[7], { count: 1, min: 7, median: 7, max: 7 }],
    [[20, 5, 10.5], { count: 3, min: 5, median: 10.5, max: 20 }],
    [[4, 1, 3, 2], { count: 4, min: 1, median: 2.5, max: 4 }],
  ])('%j', (values, expected) => {
    expect(distributionOf(values)).toEqual(expected);
  });
});
