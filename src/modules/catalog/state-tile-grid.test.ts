import { describe, expect, it } from 'vitest';
import { STATE_TILE_GRID, STATE_TILE_GRID_SIZE } from './state-tile-grid.ts';
import { STATE_CODES } from './states.ts';

describe('STATE_TILE_GRID', () => {
  it('places every state, each on its own tile, inside the grid', () => {
    expect(Object.keys(STATE_TILE_GRID).sort()).toEqual([...STATE_CODES].sort());
    const tiles = Object.values(STATE_TILE_GRID).map(({ column, row }) => `${column},${row}`);
    expect(new Set(tiles).size).toBe(32);
    for (const { column, row } of Object.values(STATE_TILE_GRID)) {
      expect(column).toBeGreaterThanOrEqual(0);
      expect(column).toBeLessThan(STATE_TILE_GRID_SIZE.columns);
      expect(row).toBeGreaterThanOrEqual(0);
      expect(row).toBeLessThan(STATE_TILE_GRID_SIZE.rows);
    }
  });

  it('keeps the peninsulas at the edges: Baja California west, Yucatán east', () => {
    expect(STATE_TILE_GRID.BCN.column).toBe(0);
    expect(STATE_TILE_GRID.BCS.column).toBe(0);
    const east = Math.max(...Object.values(STATE_TILE_GRID).map((tile) => tile.column));
    expect([STATE_TILE_GRID.YUC.column, STATE_TILE_GRID.ROO.column]).toEqual([east, east]);
  });

  it('keeps neighbours adjacent: Puebla touches Tlaxcala, Chiapas touches Tabasco', () => {
    const touches = (a: keyof typeof STATE_TILE_GRID, b: keyof typeof STATE_TILE_GRID) =>
      Math.abs(STATE_TILE_GRID[a].column - STATE_TILE_GRID[b].column) <= 1 &&
      Math.abs(STATE_TILE_GRID[a].row - STATE_TILE_GRID[b].row) <= 1;
    expect(touches('PUE', 'TLA')).toBe(true);
    expect(touches('CHP', 'TAB')).toBe(true);
    expect(touches('CMX', 'MEX')).toBe(true);
    expect(touches('BCN', 'YUC')).toBe(false);
  });
});
