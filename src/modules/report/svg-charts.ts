import type { BarChart, StateMap } from '../../contracts/annual-report.ts';
import { STATE_TILE_GRID, STATE_TILE_GRID_SIZE } from '../catalog/state-tile-grid.ts';
import type { StateCode } from '../catalog/states.ts';

/**
 * Charts as self-contained SVG strings: no script, no external reference, no CSS class, so the same
 * markup works inline in the HTML report, in the web app and, as vector drawing, in the PDF.
 */

const SERIES_COLOURS = ['#9bb7d4', '#1c4e80'];
const FONT = 'font-family="Helvetica, Arial, sans-serif"';

export const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Grouped horizontal bars: one row per category, one bar per year, with the value written beside it. */
export function barChartSvg(chart: BarChart): string {
  const labelWidth = 190;
  const barArea = 260;
  const barHeight = 14;
  const groupGap = 10;
  const top = 28;
  const max = Math.max(1, ...chart.groups.flatMap((group) => group.values));
  const groupHeight = chart.series.length * barHeight + groupGap;
  const height = top + chart.groups.length * groupHeight + 24;
  const width = labelWidth + barArea + 50;
  const parts: string[] = [];
  parts.push(`<text x="0" y="14" font-size="13" font-weight="bold" ${FONT}>${escapeXml(chart.title)}</text>`);
  chart.groups.forEach((group, groupIndex) => {
    const y0 = top + groupIndex * groupHeight;
    parts.push(`<text x="0" y="${y0 + barHeight}" font-size="10" ${FONT}>${escapeXml(group.label)}</text>`);
    group.values.forEach((value, seriesIndex) => {
      const y = y0 + seriesIndex * barHeight;
      const length = Math.round((value / max) * barArea);
      const colour = SERIES_COLOURS[seriesIndex % SERIES_COLOURS.length];
      parts.push(
        `<rect x="${labelWidth}" y="${y}" width="${length}" height="${barHeight - 2}" fill="${colour}"/>`,
        `<text x="${labelWidth + length + 4}" y="${y + barHeight - 4}" font-size="9" ${FONT}>${value}</text>`,
      );
    });
  });
  const legendY = height - 8;
  chart.series.forEach((series, index) => {
    const x = labelWidth + index * 80;
    parts.push(
      `<rect x="${x}" y="${legendY - 9}" width="10" height="10" fill="${SERIES_COLOURS[index % SERIES_COLOURS.length]}"/>`,
      `<text x="${x + 14}" y="${legendY}" font-size="10" ${FONT}>${escapeXml(series.label)}</text>`,
    );
  });
  return svgDocument(width, height, chart.title, parts);
}

const TILE = 46;
const SHADES = ['#e7eef6', '#b9cde3', '#7fa3c9', '#44709f', '#1c4e80'];

/** A shade for a value: five steps from the lightest (zero) to the darkest (the largest value). */
export function shadeOf(value: number | null, max: number): string {
  if (value === null) return '#ffffff';
  if (value <= 0 || max <= 0) return SHADES[0]!;
  return SHADES[Math.min(SHADES.length - 1, 1 + Math.floor(((value - 1) / max) * (SHADES.length - 1)))]!;
}

/** The tile-grid map: each state a square with its code and value, shaded by value. */
export function stateMapSvg(map: StateMap): string {
  const max = Math.max(0, ...map.states.map((state) => state.value ?? 0));
  const top = 24;
  const parts: string[] = [
    `<text x="0" y="14" font-size="13" font-weight="bold" ${FONT}>${escapeXml(map.title)}</text>`,
  ];
  for (const state of map.states) {
    const tile = STATE_TILE_GRID[state.code as StateCode];
    if (!tile) continue;
    const x = tile.column * TILE;
    const y = top + tile.row * TILE;
    const fill = shadeOf(state.value, max);
    const dark = fill === SHADES[3] || fill === SHADES[4];
    const ink = dark ? '#ffffff' : '#1a1a1a';
    const shown = state.value === null ? '—' : String(state.value);
    parts.push(
      `<g><title>${escapeXml(`${state.name}: ${shown}`)}</title>`,
      `<rect x="${x + 1}" y="${y + 1}" width="${TILE - 2}" height="${TILE - 2}" fill="${fill}" stroke="#44709f" stroke-width="0.5"/>`,
      `<text x="${x + TILE / 2}" y="${y + 18}" font-size="10" text-anchor="middle" fill="${ink}" ${FONT}>${state.code}</text>`,
      `<text x="${x + TILE / 2}" y="${y + 33}" font-size="11" font-weight="bold" text-anchor="middle" fill="${ink}" ${FONT}>${shown}</text></g>`,
    );
  }
  const height = top + STATE_TILE_GRID_SIZE.rows * TILE + 20;
  parts.push(`<text x="0" y="${height - 6}" font-size="9" ${FONT}>${escapeXml(map.legend)}</text>`);
  return svgDocument(STATE_TILE_GRID_SIZE.columns * TILE + 10, height, map.title, parts);
}

function svgDocument(width: number, height: number, title: string, parts: string[]): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(title)}">${parts.join('')}</svg>`;
}
