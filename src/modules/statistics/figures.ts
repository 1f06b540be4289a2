import type {
  Breakdown,
  BreakdownDimension,
  IndicatorFigure,
  Provenance,
} from '../../contracts/statistics.ts';
import type { StatisticsConsentPolicy } from '../../contracts/statistics-consent.ts';
import { statisticsUseGiven } from '../consent/statistics-use.ts';
import type { IndicatorDefinition } from './indicators.ts';

/** An institution as figures name it: code in breakdowns, name and kind in provenance. */
export type AgencyFacts = { id: string; code: string; name: string; agencyType: string };

/** People and records in one cell, over some of the records (every one, or those with consent). */
export type PeopleTally = { persons: number; records: number; candidates: number; complete: number };

/**
 * One grouped row of enlace_statistics_cells (migration 0028): `dimension` is `total`, `agency` (cell:
 * the agency's id) or a breakdown dimension. `every` counts over all the records, `consented` over
 * those with a survivor's consent for statistics in force (all zero where the indicator counts no
 * survivor). `persons` are told apart within the cell, so agency cells need not add up to the total.
 */
export type CellRow = {
  indicator: string;
  dimension: string;
  cell: string | null;
  every: PeopleTally;
  consented: PeopleTally;
};

/** A counted unit's contribution when the figure is built outside SQL (prevention activities). */
export type Tally = { counted: number; candidates: number; complete: number };

/** Records counted and the distinct people they are, for figures that count people. */
export type PeopleCount = NonNullable<Provenance['persons']>;

const ratio = (part: number, whole: number) =>
  whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000;

const NOTHING: PeopleTally = { persons: 0, records: 0, candidates: 0, complete: 0 };
const recordTally = (tally: PeopleTally): Tally => ({
  counted: tally.records,
  candidates: tally.candidates,
  complete: tally.complete,
});

/**
 * A count figure from the grouped rows of one indicator. Consent for statistics is weighed record by
 * record before people are told apart (`statisticsUse`, src/modules/consent): totals count the people
 * among the records the policy lets into aggregates, breakdowns those among the records with consent in
 * force; the database has counted both. Figures that count no survivor take every record everywhere.
 */
export function countFigure(
  definition: IndicatorDefinition,
  year: number,
  rows: readonly CellRow[],
  policy: StatisticsConsentPolicy,
  agencies: ReadonlyMap<string, AgencyFacts>,
): IndicatorFigure {
  const withoutConsent = statisticsUseGiven(false, policy);
  const consentApplies = definition.survivorConsent;
  const aggregate = (row: CellRow) =>
    !consentApplies || withoutConsent.aggregate ? row.every : row.consented;
  const disaggregated = (row: CellRow) =>
    !consentApplies || withoutConsent.disaggregated ? row.every : row.consented;
  const total = rows.find((row) => row.dimension === 'total');
  const totals = total ? aggregate(total) : NOTHING;
  const excludedByConsent = total ? total.every.records - totals.records : 0;
  const byAgency = new Map<string, Tally>();
  for (const row of rows.filter((row) => row.dimension === 'agency' && row.cell !== null))
    byAgency.set(row.cell!, add(byAgency.get(row.cell!), recordTally(aggregate(row))));
  const people = definition.countsPeople ? { records: totals.records, distinct: totals.persons } : null;
  return {
    code: definition.code,
    section: definition.section,
    unit: definition.unit,
    year,
    value: totals.candidates === 0 ? null : totals.persons,
    distribution: null,
    breakdowns: definition.dimensions.map((dimension) =>
      breakdown(
        dimension,
        rows.map((row) => ({ dimension: row.dimension, cell: row.cell, value: disaggregated(row).persons })),
        agencies,
      ),
    ),
    provenance: provenanceOf(recordTally(totals), byAgency, agencies, excludedByConsent, people),
  };
}

function breakdown(
  dimension: BreakdownDimension,
  rows: readonly { dimension: string; cell: string | null; value: number }[],
  agencies: ReadonlyMap<string, AgencyFacts>,
): Breakdown {
  // Authorities are the agencies of the legal track; the database groups both by agency.
  const source = dimension === 'authority' ? 'agency' : dimension;
  const cells = new Map<string, number>();
  for (const row of rows) {
    if (row.dimension !== source || row.cell === null) continue;
    const key = source === 'agency' ? (agencies.get(row.cell)?.code ?? 'unknown') : row.cell;
    cells.set(key, (cells.get(key) ?? 0) + row.value);
  }
  return cellsOf(dimension, cells);
}

/** A breakdown's non-empty cells, largest first (ties by key, so output is stable). */
export function cellsOf(dimension: BreakdownDimension, cells: ReadonlyMap<string, number>): Breakdown {
  return {
    dimension,
    cells: [...cells]
      .filter(([, value]) => value > 0)
      .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
      .map(([key, value]) => ({ key, value })),
  };
}

export function provenanceOf(
  totals: Tally,
  byAgency: ReadonlyMap<string, Tally>,
  agencies: ReadonlyMap<string, AgencyFacts>,
  excludedByConsent: number,
  people: PeopleCount | null,
): Provenance {
  const completeness = ratio(totals.complete, totals.candidates);
  return {
    agencies: [...byAgency]
      .filter(([, tally]) => tally.candidates > 0)
      .map(([id, tally]) => {
        const agency = agencies.get(id);
        return {
          agencyId: id,
          agencyName: agency?.name ?? '',
          agencyType: agency?.agencyType ?? '',
          records: tally.counted,
          completeness: ratio(tally.complete, tally.candidates),
        };
      })
      .sort((a, b) => b.records - a.records || a.agencyName.localeCompare(b.agencyName)),
    // People recorded by several agencies are counted once where the figure counts people.
    deduplicated: people !== null,
    persons: people,
    completeness,
    atLeast: totals.candidates > 0 && (completeness < 1 || excludedByConsent > 0),
    excludedByConsent,
  };
}

export function add(tally: Tally | undefined, row: Tally): Tally {
  return {
    counted: (tally?.counted ?? 0) + row.counted,
    candidates: (tally?.candidates ?? 0) + row.candidates,
    complete: (tally?.complete ?? 0) + row.complete,
  };
}

/** Minimum, median (the mean of the middle two for an even count) and maximum. */
export function distributionOf(values: readonly number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length === 0
      ? null
      : sorted.length % 2 === 1
        ? sorted[middle]!
        : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return {
    count: sorted.length,
    min: sorted[0] ?? null,
    median,
    max: sorted.at(-1) ?? null,
  };
}
