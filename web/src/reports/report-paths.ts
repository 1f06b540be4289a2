import { INDICATORS } from '../../../src/modules/statistics/indicators.ts';

export const ANNUAL_REPORT_PATH = '/reports/annual';
export const FIGURES_PATH = '/reports/figures';
export const ASSESSMENT_PATH = '/reports/assessment';
export const FIGURE_RECORDS_PATH = '/reports/figures/:year/:code/records';

/** Every indicator of the catalogue leads to the records behind its figures. */
const TRACEABLE = new Set(INDICATORS.map((indicator) => indicator.code));
export const isTraceable = (code: string) => TRACEABLE.has(code);

/** The page of the records behind a figure, or behind one cell of one of its breakdowns. */
export function figureRecordsPath(
  year: number,
  code: string,
  cell?: { dimension: string; cell: string },
): string {
  const path = `/reports/figures/${year}/${encodeURIComponent(code)}/records`;
  return cell ? `${path}?${new URLSearchParams(cell)}` : path;
}
