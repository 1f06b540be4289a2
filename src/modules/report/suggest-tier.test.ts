import { describe, expect, it } from 'vitest';
import { figure, figuresOf } from '../../../test/support/annual-figures.ts';
import {
  CRITERIA,
  type Criterion,
  type Rating,
  type Tier,
  type TierReason,
  type TierRecord,
} from '../../contracts/annual-report.ts';
import type { AnnualFigures } from '../../contracts/statistics.ts';
import { assessmentEvidence } from './assessment-evidence.ts';
import { suggestTier } from './suggest-tier.ts';

const figures = (year: number, values: Record<string, number>) =>
  figuresOf(
    year,
    Object.entries(values).map(([code, value]) => figure(code, year, value)),
  );

const GROWING = {
  previous: figures(2011, { 'prosecution.convictions': 14, 'protection.survivors_identified': 100 }),
  current: figures(2012, { 'prosecution.convictions': 25, 'protection.survivors_identified': 110 }),
};
const FLAT = {
  previous: figures(2011, { 'prosecution.convictions': 14, 'protection.survivors_identified': 100 }),
  current: figures(2012, { 'prosecution.convictions': 14, 'protection.survivors_identified': 100 }),
};
const SURGE = {
  previous: figures(2011, { 'prosecution.convictions': 14, 'protection.survivors_identified': 100 }),
  current: figures(2012, { 'prosecution.convictions': 20, 'protection.survivors_identified': 125 }),
};
const NOTHING = { previous: null, current: figures(2012, { 'prosecution.convictions': 0 }) };

const all = (rating: Rating) =>
  Object.fromEntries(CRITERIA.map((criterion) => [criterion, rating])) as Record<Criterion, Rating>;
const mostlyMet = { ...all('met'), punishment_stringent: 'not_met' as const };
const watch = (year: number, waived = false): TierRecord => ({ year, tier: '2_watch_list', waived });
const tier2 = (year: number): TierRecord => ({ year, tier: '2', waived: false });

type Years = { previous: AnnualFigures | null; current: AnnualFigures };
type Row = [string, Years, Partial<Record<Criterion, Rating>>, TierRecord[], Tier, TierReason[]];

describe('suggested tier', () => {
  const rows: Row[] = [
    ['every minimum standard met', FLAT, all('met'), [], '1', ['minimum_standards_met']],
    [
      'significant efforts, growing',
      GROWING,
      mostlyMet,
      [tier2(2011)],
      '2',
      ['minimum_standards_not_met', 'significant_efforts'],
    ],
    [
      'efforts judged insufficient',
      GROWING,
      { ...all('not_met'), law_enforcement: 'met' },
      [],
      '3',
      ['minimum_standards_not_met', 'no_significant_efforts'],
    ],
    [
      'no judgements yet, convictions recorded',
      GROWING,
      {},
      [],
      '2',
      ['minimum_standards_not_met', 'awaiting_judgements', 'significant_efforts'],
    ],
    [
      'no judgements yet, nothing recorded',
      NOTHING,
      {},
      [],
      '3',
      ['minimum_standards_not_met', 'awaiting_judgements', 'no_significant_efforts'],
    ],
    [
      'victims significantly increasing',
      SURGE,
      mostlyMet,
      [tier2(2011)],
      '2_watch_list',
      ['minimum_standards_not_met', 'significant_efforts', 'victims_significantly_increasing'],
    ],
    [
      'no evidence of increasing efforts',
      FLAT,
      mostlyMet,
      [tier2(2011)],
      '2_watch_list',
      ['minimum_standards_not_met', 'significant_efforts', 'no_evidence_of_increasing_efforts'],
    ],
    [
      'progress judged not met despite growth',
      GROWING,
      { ...mostlyMet, appreciable_progress: 'not_met' },
      [],
      '2_watch_list',
      ['minimum_standards_not_met', 'significant_efforts', 'no_evidence_of_increasing_efforts'],
    ],
    [
      'one year on the Watch List before',
      FLAT,
      mostlyMet,
      [tier2(2010), watch(2011)],
      '2_watch_list',
      ['minimum_standards_not_met', 'significant_efforts', 'no_evidence_of_increasing_efforts'],
    ],
    [
      'two years on the Watch List: tier 3 unless waived',
      FLAT,
      mostlyMet,
      [watch(2010), watch(2011)],
      '3',
      [
        'minimum_standards_not_met',
        'significant_efforts',
        'no_evidence_of_increasing_efforts',
        'watch_list_limit',
        'watch_list_waiver_available',
      ],
    ],
    [
      'the waiver already served',
      FLAT,
      mostlyMet,
      [watch(2009), watch(2010), watch(2011, true)],
      '3',
      [
        'minimum_standards_not_met',
        'significant_efforts',
        'no_evidence_of_increasing_efforts',
        'watch_list_waiver_used',
      ],
    ],
    [
      'two Watch List years but tier 2 now',
      GROWING,
      mostlyMet,
      [watch(2010), watch(2011)],
      '2',
      ['minimum_standards_not_met', 'significant_efforts'],
    ],
  ];
  it.each(rows)('%s', (_name, years, ratings, history, tier, reasons) => {
    expect(suggestTier({ year: 2012, ...years, ratings, history })).toEqual({ tier, reasons });
  });

  it('does not call efforts stagnant when no year can be compared', () => {
    const suggestion = suggestTier({
      year: 2012,
      current: GROWING.current,
      previous: null,
      ratings: mostlyMet,
      history: [],
    });
    expect(suggestion.tier).toBe('2');
  });
});

describe('evidence', () => {
  it('compares each criterion indicator with the year before, and never invents missing values', () => {
    const evidence = assessmentEvidence(GROWING.current, GROWING.previous);
    const law = evidence.find((entry) => entry.criterion === 'law_enforcement')!;
    expect(law.items.find((item) => item.code === 'prosecution.convictions')).toEqual({
      code: 'prosecution.convictions',
      value: 25,
      previous: 14,
      atLeast: false,
      trend: 'up',
    });
    expect(law.items.find((item) => item.code === 'prosecution.investigations')).toMatchObject({
      value: null,
      trend: 'no_comparison',
    });
    const self = evidence.find((entry) => entry.criterion === 'self_monitoring')!;
    expect(self.items).toEqual([
      { code: 'provenance.completeness', value: 1, previous: 1, atLeast: false, trend: 'same' },
    ]);
    expect(evidence).toHaveLength(16);
  });
});
