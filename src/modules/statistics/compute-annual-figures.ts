import type { Kysely, Transaction } from 'kysely';
import type { AnnualFigures, IndicatorFigure } from '../../contracts/statistics.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActorInParallel } from '../../platform/db/with-actor-in-parallel.ts';
import { ProblemError } from '../../platform/http/problem.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { EXPLOITATION_FORMS, FORM_MAPPINGS } from '../exploitation/forms.ts';
import { loadAgencies } from '../jurisdiction/store.ts';
import type { AnnualFiguresOptions } from './annual-figures-source.ts';
import { sumCellParts } from './cell-parts.ts';
import { jurisdictionDecisionFigure, sentenceFigure } from './distribution-figures.ts';
import { countFigure } from './figures.ts';
import { INDICATORS, type IndicatorDefinition, type IndicatorSource } from './indicators.ts';
import { requireNationalFigures } from './national-access.ts';
import { preventionFigure } from './prevention-figures.ts';
import {
  openedTimelines,
  preventionActivities,
  sentenceMonths,
  servicesJusticeCells,
  survivorCells,
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
 * the database, which repeats the check. Three read-only transactions on one snapshot, so every figure
 * reads the same data while the year's survivors are counted in two parts (two halves of the people)
 * beside the other cells and the small reads.
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
  const cellArguments = { year: bounds, asOf: asOfIso.slice(0, 10), palermo: PALERMO_OF_FORM };
  // The survivors in two halves of the people, each on its own connection beside the other cells.
  const survivorHalf = (part: 0 | 1) => (trx: Transaction<Schema>) =>
    survivorCells(trx, cellArguments, part, 2);
  const [read, ...survivorParts] = await withActorInParallel(db, caller, [
    async (trx: Transaction<Schema>) => {
      await requireNationalFigures(trx, caller);
      return {
        cells: await servicesJusticeCells(trx, cellArguments),
        agencies: await loadAgencies(trx),
        sentences: await sentenceMonths(trx, bounds),
        timelines: await openedTimelines(trx, bounds),
        activities: await preventionActivities(trx, bounds),
      };
    },
    survivorHalf(0),
    survivorHalf(1),
  ]);
  const cells = [...sumCellParts(survivorParts), ...read.cells];
  const { agencies, sentences, timelines, activities } = read;
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
