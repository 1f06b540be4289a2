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

/**
 * One grouped row of enlace_statistics_cells: `dimension` is `total`, `agency` (cell: the agency's id)
 * or a breakdown dimension. `consented` is null where no survivor is counted.
 */
export type CellRow = {
  indicator: string;
  dimension: string;
  cell: string | null;
  consented: boolean | null;
  counted: number;
  candidates: number;
  complete: number;
};

/** A counted unit's contribution when the figure is built outside SQL (prevention activities). */
export type Tally = { counted: number; candidates: number; complete: number };

const ratio = (part: number, whole: number) =>
  whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000;

/**
 * How a row enters a figure under the consent-for-statistics policy (src/modules/consent): rows of
 * survivors without consent in force are counted in totals only where the policy allows it, and never
 * in a breakdown. Rows that count no survivor (consented: null) enter everywhere.
 */
const consentUse = (row: CellRow, policy: StatisticsConsentPolicy) =>
  row.consented === null
    ? { aggregate: true, disaggregated: true }
    : statisticsUseGiven(row.consented, policy);

/** A count figure from the grouped rows of one indicator. */
export function countFigure(
  definition: IndicatorDefinition,
  year: number,
  rows: readonly CellRow[],
  policy: StatisticsConsentPolicy,
  agencies: ReadonlyMap<string, AgencyFacts>,
): IndicatorFigure {
  const aggregate = rows.filter((row) => consentUse(row, policy).aggregate);
  const totals = sum(aggregate.filter((row) => row.dimension === 'total'));
  const excludedByConsent = sum(
    rows.filter((row) => row.dimension === 'total' && !consentUse(row, policy).aggregate),
  ).counted;
  const byAgency = new Map<string, Tally>();
  for (const row of aggregate.filter((row) => row.dimension === 'agency' && row.cell !== null))
    byAgency.set(row.cell!, add(byAgency.get(row.cell!), row));
  const disaggregated = rows.filter((row) => consentUse(row, policy).disaggregated);
  return {
    code: definition.code,
    section: definition.section,
    unit: definition.unit,
    year,
    value: totals.candidates === 0 ? null : totals.counted,
    distribution: null,
    breakdowns: definition.dimensions.map((dimension) => breakdown(dimension, disaggregated, agencies)),
    provenance: provenanceOf(totals, byAgency, agencies, excludedByConsent),
  };
}

function breakdown(
  dimension: BreakdownDimension,
  rows: readonly CellRow[],
  agencies: ReadonlyMap<string, AgencyFacts>,
): Breakdown {
  // Authorities are the agencies of the legal track; the database groups both by agency.
  const source = dimension === 'authority' ? 'agency' : dimension;
  const cells = new Map<string, number>();
  for (const row of rows) {
    if (row.dimension !== source || row.cell === null) continue;
    const key = source === 'agency' ? (agencies.get(row.cell)?.code ?? 'unknown') : row.cell;
    cells.set(key, (cells.get(key) ?? 0) + row.counted);
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
    // Persons are told apart within an agency only until record-linkage clusters feed the figures.
    deduplicated: false,
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

const sum = (rows: readonly Tally[]) =>
  rows.reduce<Tally>(
    (total, row) => add(total, row),
    add(undefined, { counted: 0, candidates: 0, complete: 0 }),
  );

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
