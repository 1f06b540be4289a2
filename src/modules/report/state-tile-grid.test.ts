import { describe, expect, it } from 'vitest';
import { STATE_CODES } from '../catalog/states.ts';
import { STATE_TILE_GRID } from './state-tile-grid.ts';

describe('state tile grid', () => {
  it('places every state once, on its own tile', () => {
    expect(Object.keys(STATE_TILE_GRID).sort()).toEqual([...STATE_CODES].sort());
    const tiles = new Set(Object.values(STATE_TILE_GRID).map(({ column, row }) => `${column},${row}`));
    expect(tiles.size).toBe(32);
  });
});
