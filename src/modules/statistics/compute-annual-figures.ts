import type { Kysely, Transaction } from 'kysely';
import type { AnnualFigures, IndicatorFigure } from '../../contracts/statistics.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActorInParallel } from '../../platform/db/with-actor-in-parallel.ts';
import { ProblemError } from '../../platform/http/problem.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { EXPLOITATION_FORMS, FORM_MAPPINGS } from '../exploitation/forms.ts';
import { loadAgencies } from '../jurisdiction/store.ts';
import type { AnnualFiguresOptions } from './annual-figures-source.ts';
import { jurisdictionDecisionFigure, sentenceFigure } from './distribution-figures.ts';
import { countFigure } from './figures.ts';
import { INDICATORS, type IndicatorDefinition, type IndicatorSource } from './indicators.ts';
import { requireNationalFigures } from './national-access.ts';
import { preventionFigure } from './prevention-figures.ts';
import {
  type CellHalf,
  openedTimelines,
  preventionActivities,
  sentenceMonths,
  statisticsCells,
  yearBounds,
} from './statistics-store.ts';

/** The first year figures are computed for: the Palermo Protocol's. */
export const FIRST_YEAR = 2000;

/** Each Mexican-law form's Palermo purpose (null: none named), for the database to count by. */
export const PALERMO_OF_FORM = Object.fromEntries(
  EXPLOITATION_FORMS.map((form) => [form, FORM_MAPPINGS[form].palermo]),
);

export function requireReportableYear(year: number, asOf: Date): void {
  const last = asOf.getUTCFullYear();
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > last)
    throw new ProblemError(400, 'year_out_of_range', { first: FIRST_YEAR, last });
}

/**
 * Every indicator of the catalogue for a calendar year, computed from the records. Only statisticians
 * and the commission's supervisors may (anyone else: 404); they receive the records as aggregates from
 * the database, which repeats the check. Two read-only transactions on one snapshot, so every figure
 * reads the same data while the survivors' half of the cells is counted alongside the rest.
 */
export async function computeAnnualFigures(
  db: Kysely<Schema>,
  caller: CaseCaller,
  year: number,
  options: Required<Pick<AnnualFiguresOptions, 'statisticsConsent'>> & AnnualFiguresOptions,
): Promise<AnnualFigures> {
  const asOf = options.asOf ?? new Date();
  const policy = options.statisticsConsent;
  requireReportableYear(year, asOf);
  const bounds = yearBounds(year);
  const asOfIso = asOf.toISOString();
  const cellsOf = (trx: Transaction<Schema>, half: CellHalf) =>
    statisticsCells(trx, half, bounds, asOfIso.slice(0, 10), PALERMO_OF_FORM);
  // The lighter half of the cells shares its connection with the small reads.
  const [justiceCells, read] = await withActorInParallel(
    db,
    caller,
    async (trx) => {
      await requireNationalFigures(trx, caller);
      return cellsOf(trx, 'formsServicesAndJustice');
    },
    async (trx) => ({
      cells: await cellsOf(trx, 'survivors'),
      agencies: await loadAgencies(trx),
      sentences: await sentenceMonths(trx, bounds),
      timelines: await openedTimelines(trx, bounds),
      activities: await preventionActivities(trx, bounds),
    }),
  );
  const { agencies, sentences, timelines, activities } = read;
  const cells = [...read.cells, ...justiceCells];
  const build: Record<IndicatorSource, (definition: IndicatorDefinition) => IndicatorFigure> = {
    cells: (definition) =>
      countFigure(
        definition,
        year,
        cells.filter((row) => row.indicator === definition.code),
        policy,
        agencies,
      ),
    sentences: (definition) => sentenceFigure(definition, year, sentences, agencies),
    jurisdiction: (definition) => jurisdictionDecisionFigure(definition, year, timelines, agencies, asOfIso),
    prevention: (definition) => preventionFigure(definition, year, activities, agencies),
  };
  const indicators = INDICATORS.map((definition) => build[definition.source](definition));
  return { country: 'MX', year, computedAt: asOfIso, indicators };
}
