import { describe, expect, it } from 'vitest';
import { ProblemError } from '../../platform/http/problem.ts';
import { traceSelection } from './trace-selection.ts';

const AGENCIES: Record<string, string> = { 'FGE-PUE': 'agency-puebla' };
const agencyIdOfCode = (code: string) => AGENCIES[code];

const problemOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof ProblemError) return [error.status, error.code];
  }
  return null;
};

describe('trace selection', () => {
  it.each([
    // [request, policy, database dimension, database cell, survivors without consent included]
    [{ code: 'prosecution.convictions' }, 'aggregates', 'total', null, true],
    [{ code: 'protection.survivors_identified' }, 'aggregates', 'total', null, true],
    [{ code: 'protection.survivors_identified' }, 'consent_required', 'total', null, false],
    [
      { code: 'protection.survivors_identified', dimension: 'state', cell: 'PUE' },
      'aggregates',
      'state',
      'PUE',
      false,
    ],
    [
      { code: 'prosecution.convictions', dimension: 'authority', cell: 'FGE-PUE' },
      'aggregates',
      'agency',
      'agency-puebla',
      false,
    ],
    [{ code: 'prosecution.sentence_length' }, 'aggregates', 'total', null, true],
    [{ code: 'prosecution.jurisdiction_decision_days' }, 'aggregates', 'total', null, true],
    [
      { code: 'prevention.activities', dimension: 'agency', cell: 'FGE-PUE' },
      'aggregates',
      'agency',
      'agency-puebla',
      false,
    ],
    [
      { code: 'prevention.awareness_campaigns', dimension: 'language', cell: 'nahuatl' },
      'aggregates',
      'language',
      'nahuatl',
      false,
    ],
    [
      { code: 'prosecution.convictions', dimension: 'form_palermo', cell: 'labour' },
      'aggregates',
      'form_palermo',
      'labour',
      false,
    ],
  ] as const)('%o under %s selects %s %s', (request, policy, dimension, cell, unconsented) => {
    const selection = traceSelection(request, policy, agencyIdOfCode);
    expect(selection.databaseDimension).toBe(dimension);
    expect(selection.databaseCell).toBe(cell);
    expect(selection.includeUnconsented).toBe(unconsented);
  });

  it.each([
    [{ code: 'prosecution.nonsense' }, 404, 'indicator_unknown'],
    [
      { code: 'prosecution.sentence_length', dimension: 'state', cell: 'PUE' },
      400,
      'trace_dimension_invalid',
    ],
    [
      { code: 'prevention.trainings', dimension: 'authority', cell: 'FGE-PUE' },
      400,
      'trace_dimension_invalid',
    ],
    [{ code: 'prosecution.convictions', dimension: 'state' }, 400, 'trace_cell_incomplete'],
    [{ code: 'prosecution.convictions', cell: 'PUE' }, 400, 'trace_cell_incomplete'],
    [
      { code: 'prosecution.convictions', dimension: 'nationality', cell: 'GT' },
      400,
      'trace_dimension_invalid',
    ],
    [{ code: 'prosecution.convictions', dimension: 'authority', cell: 'NOPE' }, 400, 'trace_agency_unknown'],
  ])('refuses %o with %i %s', (request, status, code) => {
    expect(problemOf(() => traceSelection(request, 'aggregates', agencyIdOfCode))).toEqual([status, code]);
  });
});
