import type { AnnualFigures, IndicatorFigure } from '../../src/contracts/statistics.ts';
import type { AnnualFiguresSource } from '../../src/modules/statistics/annual-figures-source.ts';

/**
 * Hand-built figures in the shape the statistics engine computes, for testing what publication does
 * with them. The agency ids are markers: internal ids must never reach a public output.
 */
export const FIXTURE_AGENCY_ID_MARKER = '0badf00d-0000-4000-8000-00000000c0de';

const agency = (agencyName: string, agencyType: string, records: number, completeness = 1) => ({
  agencyId: FIXTURE_AGENCY_ID_MARKER,
  agencyName,
  agencyType,
  records,
  completeness,
});

const recordsOf = (agencies: ReturnType<typeof agency>[]) =>
  agencies.reduce((sum, item) => sum + item.records, 0);

const provenance = (agencies: ReturnType<typeof agency>[], atLeast = false) => ({
  agencies,
  deduplicated: true,
  persons: { records: recordsOf(agencies), distinct: recordsOf(agencies) },
  completeness: 0.93,
  atLeast,
  excludedByConsent: 2,
});

export function fixtureIndicators(year: number): IndicatorFigure[] {
  return [
    {
      code: 'prosecution.investigations',
      section: 'prosecution',
      unit: 'count',
      year,
      value: 96,
      distribution: null,
      breakdowns: [
        {
          dimension: 'agency',
          cells: [
            { key: 'FEVIMTRA', value: 72 },
            { key: 'UEITMPO', value: 24 },
          ],
        },
      ],
      provenance: provenance([
        agency('Fiscalía Especial FEVIMTRA', 'federal_prosecutor_trafficking', 72),
        agency('Unidad UEITMPO', 'federal_organized_crime_unit', 24),
      ]),
    },
    {
      code: 'prosecution.convictions',
      section: 'prosecution',
      unit: 'count',
      year,
      value: 25,
      distribution: null,
      breakdowns: [
        {
          dimension: 'form_mexican_law',
          cells: [
            { key: 'sexual_exploitation', value: 19 },
            { key: 'forced_labour', value: 6 },
          ],
        },
        {
          dimension: 'state',
          cells: [
            { key: 'CMX', value: 12 },
            { key: 'PUE', value: 9 },
            { key: 'CHP', value: 3 },
            { key: 'OAX', value: 1 },
          ],
        },
      ],
      provenance: provenance(
        [
          agency('Fiscalía Especial FEVIMTRA', 'federal_prosecutor_trafficking', 18),
          agency('Fiscalía de Puebla', 'state_prosecutor', 9, 0.8),
          agency('Instituto Nacional de Migración', 'migration_institute', 2),
        ],
        true,
      ),
    },
    {
      code: 'prosecution.sentence_length',
      section: 'prosecution',
      unit: 'years',
      year,
      value: 7,
      distribution: { count: 25, min: 2, median: 7, max: 40 },
      breakdowns: [{ dimension: 'state', cells: [{ key: 'CMX', value: 9 }] }],
      provenance: provenance([agency('Fiscalía Especial FEVIMTRA', 'federal_prosecutor_trafficking', 25)]),
    },
    {
      code: 'protection.foreign_survivors',
      section: 'protection',
      unit: 'count',
      year,
      value: 21,
      distribution: null,
      breakdowns: [
        {
          dimension: 'nationality',
          cells: [
            { key: 'GT', value: 11 },
            { key: 'HN', value: 6 },
            { key: 'SV', value: 3 },
            { key: 'NI', value: 1 },
          ],
        },
      ],
      provenance: provenance([agency('Instituto Nacional de Migración', 'migration_institute', 21)]),
    },
    {
      code: 'protection.repatriations',
      section: 'protection',
      unit: 'count',
      year,
      value: 1,
      distribution: null,
      breakdowns: [{ dimension: 'nationality', cells: [{ key: 'HN', value: 1 }] }],
      provenance: provenance([agency('Instituto Nacional de Migración', 'migration_institute', 1)]),
    },
  ];
}

export function fixtureFigures(year: number): AnnualFigures {
  return { country: 'MX', year, computedAt: '2026-11-30T04:00:00.000Z', indicators: fixtureIndicators(year) };
}

/** A source that answers the fixture for any year and counts how often it was asked. */
export function fixtureSource(): AnnualFiguresSource & { calls: number } {
  const source = Object.assign(
    async (_db: unknown, _caller: unknown, year: number) => {
      source.calls += 1;
      return fixtureFigures(year);
    },
    { calls: 0 },
  );
  return source;
}
