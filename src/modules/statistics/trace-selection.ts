import type { BreakdownDimension } from '../../contracts/statistics.ts';
import type { StatisticsConsentPolicy } from '../../contracts/statistics-consent.ts';
import { ProblemError } from '../../platform/http/problem.ts';
import { statisticsUseGiven } from '../consent/statistics-use.ts';
import { INDICATORS, type IndicatorDefinition } from './indicators.ts';

/** What a trace asks for: the whole figure, or one cell of one of its breakdowns. */
export type TraceRequest = { code: string; dimension?: string | undefined; cell?: string | undefined };

/** The selection as enlace_statistics_trace takes it: the database's dimension names, agency ids. */
export type TraceSelection = {
  indicator: IndicatorDefinition;
  /** The breakdown as the figure names it (`authority`, `agency`, …); null for the whole figure. */
  dimension: BreakdownDimension | null;
  cell: string | null;
  databaseDimension: string;
  databaseCell: string | null;
  includeUnconsented: boolean;
};

/**
 * Which indicator, which cell, and whether survivors without consent for statistics are among the
 * records, by the rule the figure applies (figures.ts, consentUse): in a total only where the policy
 * allows aggregates, never in a breakdown cell. An agency cell names the agency by code, as the
 * breakdown does.
 */
export function traceSelection(
  request: TraceRequest,
  policy: StatisticsConsentPolicy,
  agencyIdOfCode: (code: string) => string | undefined,
): TraceSelection {
  const indicator = INDICATORS.find((definition) => definition.code === request.code);
  if (!indicator) throw new ProblemError(404, 'indicator_unknown', { code: request.code });
  if ((request.dimension === undefined) !== (request.cell === undefined))
    throw new ProblemError(400, 'trace_cell_incomplete');
  const unconsented = statisticsUseGiven(false, policy);
  if (request.dimension === undefined || request.cell === undefined)
    return {
      indicator,
      dimension: null,
      cell: null,
      databaseDimension: 'total',
      databaseCell: null,
      includeUnconsented: unconsented.aggregate,
    };
  const dimension = indicator.dimensions.find((known) => known === request.dimension);
  if (!dimension)
    throw new ProblemError(400, 'trace_dimension_invalid', {
      dimension: request.dimension,
      dimensions: indicator.dimensions.join(', '),
    });
  const byAgency = dimension === 'authority' || dimension === 'agency';
  const databaseCell = byAgency ? agencyIdOfCode(request.cell) : request.cell;
  if (databaseCell === undefined) throw new ProblemError(400, 'trace_agency_unknown', { cell: request.cell });
  return {
    indicator,
    dimension,
    cell: request.cell,
    databaseDimension: byAgency ? 'agency' : dimension,
    databaseCell,
    includeUnconsented: unconsented.disaggregated,
  };
}
