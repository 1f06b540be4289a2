import { type AnnualFigures, annualFigures } from '../../../src/contracts/statistics.ts';
import { type FigureTrace, figureTrace } from '../../../src/contracts/statistics-trace.ts';
import { indicatorCatalogue } from '../../../src/modules/statistics/contract.ts';
import { requestJson } from './client.ts';

export type { AnnualFigures, FigureTrace };

/** The indicators, named and defined in the reader's language. */
export const fetchIndicatorCatalogue = () =>
  requestJson({ path: '/api/v1/statistics/indicators' }, indicatorCatalogue);

/** Every indicator of a year with its breakdowns and provenance (national figure readers). */
export const fetchAnnualFigures = (year: number): Promise<AnnualFigures> =>
  requestJson({ path: `/api/v1/statistics/annual/${year}` }, annualFigures);

export type TraceCell = { dimension: string; cell: string };

/** A page of the records behind a figure, or one cell of it, that the reader may see. */
export function fetchFigureTrace(
  year: number,
  code: string,
  cell: TraceCell | null,
  cursor: string | null,
): Promise<FigureTrace> {
  const query = new URLSearchParams();
  if (cell) {
    query.set('dimension', cell.dimension);
    query.set('cell', cell.cell);
  }
  if (cursor) query.set('cursor', cursor);
  const suffix = query.size > 0 ? `?${query}` : '';
  return requestJson(
    { path: `/api/v1/statistics/annual/${year}/indicators/${encodeURIComponent(code)}/records${suffix}` },
    figureTrace,
  );
}
