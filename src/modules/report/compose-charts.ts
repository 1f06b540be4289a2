import type { BarChart, StateMap } from '../../contracts/annual-report.ts';
import type { AnnualFigures, BreakdownDimension, ReportSection } from '../../contracts/statistics.ts';
import type { Language } from '../../platform/i18n/languages.ts';
import { STATES } from '../catalog/states.ts';
import { cellLabel } from './breakdown-labels.ts';
import { figureByCode } from './narrative.ts';
import { PHRASES, pick } from './report-words.ts';

const cellsOf = (figures: AnnualFigures | null, code: string, dimension: BreakdownDimension) =>
  figureByCode(figures, code)?.breakdowns.find((breakdown) => breakdown.dimension === dimension)?.cells ??
  null;

/**
 * One indicator's breakdown, this year beside the year before: every category either year recorded.
 * Null when this year has no such breakdown, so the report shows no empty chart.
 */
export function yearOverYearChart(
  section: ReportSection,
  title: string,
  code: string,
  dimension: BreakdownDimension,
  current: AnnualFigures,
  previous: AnnualFigures | null,
  language: Language,
): BarChart | null {
  const now = cellsOf(current, code, dimension);
  if (!now) return null;
  const before = cellsOf(previous, code, dimension);
  const keys = [...new Set([...(before ?? []), ...now].map((cell) => cell.key))];
  const valueIn = (cells: typeof now, key: string) => cells.find((cell) => cell.key === key)?.value ?? 0;
  const years = before ? [before, now] : [now];
  return {
    section,
    title,
    series: (before ? [current.year - 1, current.year] : [current.year]).map((year) => ({
      label: String(year),
    })),
    groups: keys
      .map((key) => ({
        label: cellLabel(dimension, key, language),
        values: years.map((cells) => valueIn(cells, key)),
      }))
      .sort((a, b) => (b.values.at(-1) ?? 0) - (a.values.at(-1) ?? 0)),
  };
}

export function reportCharts(current: AnnualFigures, previous: AnnualFigures | null, language: Language) {
  return [
    yearOverYearChart(
      'prosecution',
      pick(PHRASES.convictionsByForm, language),
      'prosecution.convictions',
      'form_mexican_law',
      current,
      previous,
      language,
    ),
    yearOverYearChart(
      'protection',
      pick(PHRASES.victimsByForm, language),
      'protection.survivors_identified',
      'form_mexican_law',
      current,
      previous,
      language,
    ),
  ].filter((chart): chart is BarChart => chart !== null);
}

/** Convictions by state on the tile map; a state the breakdown does not list has no data, not zero. */
export function convictionsMap(current: AnnualFigures, language: Language): StateMap | null {
  const cells = cellsOf(current, 'prosecution.convictions', 'state');
  if (!cells) return null;
  return {
    title: `${pick(PHRASES.convictionsByState, language)}, ${current.year}`,
    legend: pick(PHRASES.mapLegend, language),
    states: STATES.map((state) => ({
      code: state.code,
      name: state.name,
      value: cells.find((cell) => cell.key === state.code)?.value ?? null,
    })),
  };
}
