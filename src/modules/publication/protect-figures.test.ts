import { describe, expect, it } from 'vitest';
import { FIXTURE_AGENCY_ID_MARKER, fixtureIndicators } from '../../../test/support/annual-figures-fixture.ts';
import { seededUniform } from '../../../test/support/seeded-random.ts';
import type { IndicatorFigure } from '../../contracts/statistics.ts';
import { protectFigures, protectIndicator } from './protect-figures.ts';

const [investigations, convictions, sentences, foreign, repatriations] = fixtureIndicators(2012) as [
  IndicatorFigure,
  IndicatorFigure,
  IndicatorFigure,
  IndicatorFigure,
  IndicatorFigure,
];
const exact = { threshold: 5 };
const cells = (indicator: ReturnType<typeof protectIndicator>['indicator'], dimension: string) =>
  indicator.breakdowns
    .find((breakdown) => breakdown.dimension === dimension)!
    .cells.map((cell) => cell.value);

describe('protectIndicator without noise', () => {
  it('publishes counts at or above the threshold as they are', () => {
    const { indicator } = protectIndicator(investigations, exact);
    expect(indicator).toMatchObject({ value: 96, suppressed: false, noisy: false });
    expect(cells(indicator, 'agency')).toEqual([72, 24]);
  });

  it('suppresses small cells with their complements in each breakdown and in the agencies behind it', () => {
    const { indicator } = protectIndicator(convictions, exact);
    expect(indicator.value).toBe(25);
    expect(cells(indicator, 'form_mexican_law')).toEqual([19, 6]);
    expect(cells(indicator, 'state')).toEqual([12, null, null, null]);
    expect(indicator.provenance.agencies.map((agency) => agency.records)).toEqual([18, null, null]);
    expect(indicator.provenance).toMatchObject({ deduplicated: true, atLeast: true, completeness: 0.9 });
  });

  it('suppresses a small total and everything that could bound it', () => {
    const { indicator } = protectIndicator(repatriations, exact);
    expect(indicator).toMatchObject({ value: null, suppressed: true });
    expect(cells(indicator, 'nationality')).toEqual([null]);
    expect(indicator.provenance.agencies[0]).toMatchObject({ records: null, suppressed: true });
  });

  it('publishes a distribution over enough records, without breakdowns whose cells have no known size', () => {
    const { indicator } = protectIndicator(sentences, exact);
    expect(indicator).toMatchObject({ value: 7, suppressed: false, breakdowns: [] });
    expect(indicator.distribution).toEqual({ count: 25, min: 2, median: 7, max: 40, suppressed: false });
    const few = { ...sentences, distribution: { count: 3, min: 2, median: 4, max: 9 } };
    const { indicator: hidden } = protectIndicator(few, exact);
    expect(hidden).toMatchObject({ value: null, suppressed: true });
    expect(hidden.distribution).toEqual({
      count: null,
      min: null,
      median: null,
      max: null,
      suppressed: true,
    });
  });

  it('keeps internal agency ids and consent exclusions out of what it publishes', () => {
    const published = JSON.stringify(protectFigures(fixtureIndicators(2012), exact));
    expect(published).not.toContain(FIXTURE_AGENCY_ID_MARKER);
    expect(published).not.toContain('agencyId');
    expect(published).not.toContain('excludedByConsent');
  });

  it.each([
    {
      case: 'a breakdown key',
      figure: {
        ...foreign,
        breakdowns: [{ dimension: 'nationality' as const, cells: [{ key: 'María López', value: 9 }] }],
      },
    },
    {
      case: 'a formula in a key',
      figure: {
        ...foreign,
        breakdowns: [{ dimension: 'state' as const, cells: [{ key: '=HYPERLINK(1)', value: 9 }] }],
      },
    },
    { case: 'an indicator code', figure: { ...foreign, code: 'protection foreign survivors' } },
  ])('refuses free text in $case', ({ figure }) => {
    expect(() => protectIndicator(figure, exact)).toThrow(/not a code/);
  });
});

describe('protectFigures with differential privacy', () => {
  const noisy = (seed: number, epsilon = 1) =>
    protectFigures(fixtureIndicators(2012), {
      threshold: 5,
      noise: { epsilon, random: seededUniform(seed) },
    });

  it('draws the same noise for the same seed and different noise for another', () => {
    expect(noisy(1)).toEqual(noisy(1));
    expect(JSON.stringify(noisy(1).indicators)).not.toEqual(JSON.stringify(noisy(2).indicators));
  });

  it('marks noisy indicators and states the budget: epsilon for every noised group of counts', () => {
    const release = noisy(3, 0.5);
    expect(release.indicators.every((indicator) => indicator.noisy)).toBe(true);
    // investigations 1 + 1 breakdown + agencies; convictions 1 + 2 + agencies; sentences distribution +
    // agencies; foreign 1 + 1 + agencies; repatriations 1 + 1 + agencies: 15 groups.
    expect(release.privacyBudget).toBe(7.5);
    expect(protectFigures(fixtureIndicators(2012), exact).privacyBudget).toBeNull();
  });

  it('publishes whole, non-negative counts and suppresses on the noised values', () => {
    for (let seed = 0; seed < 50; seed += 1)
      for (const indicator of noisy(seed, 0.5).indicators) {
        const counts = [
          ...(indicator.unit === 'count' ? [indicator.value] : []),
          ...indicator.breakdowns.flatMap((breakdown) => breakdown.cells.map((cell) => cell.value)),
          ...indicator.provenance.agencies.map((agency) => agency.records),
        ].filter((value) => value !== null);
        for (const value of counts) {
          expect(Number.isInteger(value)).toBe(true);
          expect(value === 0 || value >= 5).toBe(true);
        }
      }
  });
});
