import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnnualFigures, IndicatorFigure } from '../../src/contracts/statistics.ts';
import { actAs } from '../../src/modules/cases/act-as.ts';
import { loadDemo } from '../../src/modules/demo/load-demo.ts';
import {
  loadMexico2012,
  type Mexico2012Result,
} from '../../src/modules/demo/mexico-2012/load-mexico-2012.ts';
import {
  INDIGENOUS_LANGUAGES_2012,
  TARGETS,
  type Target,
} from '../../src/modules/demo/mexico-2012/targets.ts';
import { buildAnnualReport } from '../../src/modules/report/build-annual-report.ts';
import { renderReport } from '../../src/modules/report/render-report.ts';
import { computeAnnualFigures } from '../../src/modules/statistics/compute-annual-figures.ts';
import { configuredFiguresSource } from '../../src/modules/statistics/configured-figures-source.ts';
import { createKeyRing } from '../../src/platform/crypto/key-ring.ts';
import { translatorFor } from '../../src/platform/i18n/translate.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

/**
 * The mexico-2012 data set loaded into a fresh database through the importer and the use-cases, and
 * its 2012 and 2011 figures, indicator by indicator, against the target table (targets.ts).
 */
let database: TestDatabase;
let loaded: Mexico2012Result;
const figures = new Map<number, AnnualFigures>();
const keyRing = createKeyRing();
const t = translatorFor('es-MX');

beforeAll(async () => {
  database = await createTestDatabase();
  await loadDemo(database.db);
  loaded = await loadMexico2012(database, keyRing, t);
  const statistician = await actAs(database, 'demo.comision', 'test-mexico-2012');
  for (const year of [2011, 2012])
    figures.set(
      year,
      await computeAnnualFigures(database.db, statistician!, year, { statisticsConsent: 'aggregates' }),
    );
}, 240_000);
afterAll(() => database.close());

const figureOf = (target: Target): IndicatorFigure => {
  const found = figures.get(target.year)?.indicators.find((item) => item.code === target.indicator);
  if (!found) throw new Error(`No figure ${target.indicator}`);
  return found;
};

/** What the figure says for the target: a breakdown cell (absent: 0), a distribution statistic, or the value. */
function computed(target: Target, figure: IndicatorFigure): number | null {
  if (target.cell) {
    const breakdown = figure.breakdowns.find((item) => item.dimension === target.cell!.dimension);
    if (!breakdown) throw new Error(`${target.indicator} has no ${target.cell.dimension} breakdown`);
    return breakdown.cells.find((cell) => cell.key === target.cell!.key)?.value ?? 0;
  }
  if (target.statistic) return figure.distribution?.[target.statistic] ?? null;
  return figure.value;
}

const label = (target: Target) =>
  `${target.year} ${target.indicator}${target.cell ? ` [${target.cell.dimension}=${target.cell.key}]` : ''}${
    target.statistic ? ` (${target.statistic})` : ''
  }: ${target.records} records${target.persons === undefined ? '' : ` / ${target.persons} persons`}`;

describe('the mexico-2012 data set', () => {
  it('planted fewer people than survivor records, and loads once', async () => {
    expect(loaded).toMatchObject({ loaded: true, referrals: 121, activities: 15 });
    expect(loaded).toMatchObject({ survivorRecords: 342, distinctSurvivors: 331 });
    const again = await loadMexico2012(database, keyRing, t);
    expect(again).toMatchObject({ loaded: false, cases: 0, people: 0, referrals: 0, activities: 0 });
  });

  /**
   * Person counts state both countings: person records (one per agency that recorded someone, how the
   * statistics count while `provenance.deduplicated` is false) and distinct persons (linkage clusters,
   * once the figure says it is de-duplicated). Other counts are the same under both.
   */
  it.each(TARGETS.map((target) => [label(target), target] as const))('%s', (_label, target) => {
    const figure = figureOf(target);
    const expected = figure.provenance.deduplicated ? (target.persons ?? target.records) : target.records;
    expect(computed(target, figure)).toBe(expected);
  });

  it('links exactly the people planted at several agencies (record linkage clusters)', async () => {
    const client = database.superuser();
    await client.connect();
    try {
      const distinct = await client.query<{ records: number; persons: number }>(
        `SELECT count(*)::int AS records, count(DISTINCT coalesce(l.cluster_id, p.id))::int AS persons
         FROM people p JOIN cases c ON c.id = p.case_id LEFT JOIN linkage_records l ON l.person_id = p.id
         WHERE p.role = 'survivor' AND c.opened_on >= '2012-01-01' AND c.opened_on < '2013-01-01'`,
      );
      expect(distinct.rows[0]).toEqual({ records: 181, persons: 170 });
    } finally {
      await client.end();
    }
  });

  it('gives figures whose every record is complete and consented, so none is "at least"', () => {
    for (const year of [2011, 2012])
      for (const figure of figures.get(year)!.indicators)
        if (figure.code !== 'prosecution.jurisdiction_decision_days')
          expect([figure.code, year, figure.provenance.atLeast]).toEqual([figure.code, year, false]);
  });

  it('counts the campaign in Spanish and the seed’s ten indigenous languages', () => {
    const campaigns = figures
      .get(2012)!
      .indicators.find((item) => item.code === 'prevention.awareness_campaigns')!;
    const languages = campaigns.breakdowns.find((item) => item.dimension === 'language')!.cells;
    expect(languages.filter((cell) => cell.key !== 'es')).toHaveLength(INDIGENOUS_LANGUAGES_2012);
  });

  it('writes the 2012 report with the seed’s key figures, the comparison with 2011 and Tier 2', async () => {
    const statistician = await actAs(database, 'demo.comision', 'test-mexico-2012-report');
    const report = await buildAnnualReport(
      database.db,
      statistician!,
      2012,
      'en',
      configuredFiguresSource({ statisticsConsent: 'aggregates' }),
    );
    // The seed's Mexico is Tier 2: significant efforts, victims not rising by a quarter or more.
    expect(report.assessment.suggestion.tier).toBe('2');
    const markdown = String((await renderReport(report, 'md')).body);
    expect(markdown).toContain('convicted trafficking offenders increased from 14 in 2011 to 25 in 2012');
    expect(markdown).toContain('ranged from 9 years to 52 years');
    expect(markdown).toContain('By agency: FEVIMTRA, 72; CONSUL-HOU, 58');
  });
});
