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

const row = (
  dimension: string,
  cell: string | null,
  consented: boolean | null,
  counted: number,
  complete = counted,
) =>
  ({ indicator: 'x', dimension, cell, consented, counted, candidates: counted, complete }) satisfies CellRow;

// Four survivors: three consented (two of agency a1, one of a2, one of them without a nationality),
// one did not (a1).
const survivorRows: CellRow[] = [
  row('total', null, true, 3, 2),
  row('total', null, false, 1),
  row('agency', 'a1', true, 2, 1),
  row('agency', 'a2', true, 1),
  row('agency', 'a1', false, 1),
  row('nationality', 'GT', true, 2),
  row('nationality', 'unknown', true, 1),
  row('nationality', 'HN', false, 1),
];

describe('count figures under the consent-for-statistics policy', () => {
  it.each([
    ['aggregates', 4, 0, { GT: 2, unknown: 1 }, [3, 1], 0.75],
    ['consent_required', 3, 1, { GT: 2, unknown: 1 }, [2, 1], 0.6667],
  ] as const)('%s', (policy, value, excluded, nationality, records, completeness) => {
    const figure = countFigure(identified, 2012, survivorRows, policy, agencies);
    expect(figure.value).toBe(value);
    const cells = figure.breakdowns.find((item) => item.dimension === 'nationality')!.cells;
    expect(Object.fromEntries(cells.map((cell) => [cell.key, cell.value]))).toEqual(nationality);
    expect(figure.provenance.agencies.map((agency) => agency.records)).toEqual(records);
    expect(figure.provenance).toMatchObject({
      excludedByConsent: excluded,
      completeness,
      atLeast: true,
      deduplicated: false,
    });
  });

  it('names agencies by code in breakdowns and counts suspects whatever the policy', () => {
    const rows = [row('total', null, null, 3), row('agency', 'a1', null, 2), row('agency', 'a2', null, 1)];
    const figure = countFigure(convictions, 2012, rows, 'consent_required', agencies);
    expect(figure.value).toBe(3);
    expect(figure.breakdowns.find((item) => item.dimension === 'authority')!.cells).toEqual([
      { key: 'FGE-PUE', value: 2 },
      { key: 'INM', value: 1 },
    ]);
    expect(figure.provenance).toMatchObject({ completeness: 1, atLeast: false, excludedByConsent: 0 });
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
