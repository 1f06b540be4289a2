import { describe, expect, it } from 'vitest';
import { type Sentence, sentenceIssues } from './sentence.ts';

const conviction = (overrides: Partial<Sentence>): Sentence => ({
  outcome: 'conviction',
  prisonYears: null,
  prisonMonths: null,
  fineMxn: null,
  ...overrides,
});

describe('sentenceIssues', () => {
  it.each([
    ['a conviction before sentencing', conviction({}), []],
    ['10 years 7 months and a fine', conviction({ prisonYears: 10, prisonMonths: 7, fineMxn: 50_000 }), []],
    ['months only', conviction({ prisonYears: 0, prisonMonths: 6 }), []],
    ['a fine only', conviction({ fineMxn: 1000 }), []],
    ['the longest term', conviction({ prisonYears: 150, prisonMonths: 11 }), []],
    [
      'negative years',
      conviction({ prisonYears: -1, prisonMonths: 0 }),
      [{ path: 'prisonYears', key: 'prison_years_range' }],
    ],
    [
      'more than 150 years',
      conviction({ prisonYears: 151, prisonMonths: 0 }),
      [{ path: 'prisonYears', key: 'prison_years_range' }],
    ],
    [
      '12 months',
      conviction({ prisonYears: 9, prisonMonths: 12 }),
      [{ path: 'prisonMonths', key: 'prison_months_range' }],
    ],
    [
      'negative months',
      conviction({ prisonYears: 9, prisonMonths: -1 }),
      [{ path: 'prisonMonths', key: 'prison_months_range' }],
    ],
    [
      'years without months',
      conviction({ prisonYears: 9 }),
      [{ path: 'prisonMonths', key: 'prison_term_incomplete' }],
    ],
    [
      'months without years',
      conviction({ prisonMonths: 3 }),
      [{ path: 'prisonYears', key: 'prison_term_incomplete' }],
    ],
    [
      'a zero term',
      conviction({ prisonYears: 0, prisonMonths: 0 }),
      [{ path: 'prisonYears', key: 'prison_term_empty' }],
    ],
    ['a negative fine', conviction({ fineMxn: -5 }), [{ path: 'fineMxn', key: 'amount_negative' }]],
    ['an acquittal', { outcome: 'acquittal', prisonYears: null, prisonMonths: null, fineMxn: null }, []],
    [
      'an acquittal with a sentence',
      { outcome: 'acquittal', prisonYears: 5, prisonMonths: 0, fineMxn: 10 },
      [
        { path: 'prisonYears', key: 'sentence_needs_conviction' },
        { path: 'prisonMonths', key: 'sentence_needs_conviction' },
        { path: 'fineMxn', key: 'sentence_needs_conviction' },
      ],
    ],
  ] as const)('%s', (_name, sentence, expected) => {
    expect(sentenceIssues(sentence as Sentence)).toEqual(expected);
  });
});
