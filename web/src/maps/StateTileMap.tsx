import { STATE_TILE_GRID, STATE_TILE_GRID_SIZE } from '../../../src/modules/catalog/state-tile-grid.ts';
import { STATES, type StateCode } from '../../../src/modules/catalog/states.ts';

/** A state's figure: a count, `suppressed` when only small cells exist, or nothing recorded. */
export type TileValue = number | 'suppressed' | null;

type StateTileMapProps = {
  values: ReadonlyMap<StateCode, TileValue>;
  /** What the map shows, read by screen readers before the states. */
  title: string;
  /** One state's accessible text, e.g. "Puebla: 4 unmet needs". */
  describe: (state: string, value: TileValue) => string;
  /** The short text inside a tile for a suppressed figure. */
  suppressedMark: string;
};

const TILE = 56;
const GAP = 4;
// Light to dark blue; text turns white from the fourth shade on, keeping a 4.5:1 contrast either way.
const SHADES = ['#f1f3f5', '#d0ebff', '#a5d8ff', '#1c7ed6', '#1864ab', '#0b3d6e'];

function shadeOf(value: TileValue, max: number): number {
  if (value === null || value === 0) return 0;
  if (value === 'suppressed') return 1;
  return Math.min(5, 1 + Math.ceil((value / Math.max(max, 1)) * 4));
}

/**
 * Mexico as a tile-grid cartogram: one equal square per state at its STATE_TILE_GRID place, darker
 * where the figure is higher. Each tile carries its state's figure as text, so the map never relies
 * on colour alone.
 */
export function StateTileMap({ values, title, describe, suppressedMark }: StateTileMapProps) {
  const max = Math.max(
    0,
    ...[...values.values()].filter((value): value is number => typeof value === 'number'),
  );
  // The picture's accessible name carries every figure shown, so that it says what the colours say.
  const figures = STATES.filter((state) => (values.get(state.code) ?? null) !== null).map((state) =>
    describe(state.name, values.get(state.code) ?? null),
  );
  const width = STATE_TILE_GRID_SIZE.columns * (TILE + GAP);
  const height = STATE_TILE_GRID_SIZE.rows * (TILE + GAP);
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby="state-tile-map-title"
      style={{ width: '100%', maxWidth: width, height: 'auto' }}
    >
      <title id="state-tile-map-title">{[title, ...figures].join('. ')}</title>
      {STATES.map((state) => {
        const { column, row } = STATE_TILE_GRID[state.code];
        const value = values.get(state.code) ?? null;
        const shade = shadeOf(value, max);
        const text = shade >= 3 ? '#ffffff' : '#212529';
        const x = column * (TILE + GAP);
        const y = row * (TILE + GAP);
        return (
          <g key={state.code} data-state={state.code}>
            <title>{describe(state.name, value)}</title>
            <rect x={x} y={y} width={TILE} height={TILE} rx={4} fill={SHADES[shade]} stroke="#868e96" />
            <text x={x + TILE / 2} y={y + 22} textAnchor="middle" fontSize={13} fontWeight={700} fill={text}>
              {state.code}
            </text>
            <text x={x + TILE / 2} y={y + 42} textAnchor="middle" fontSize={13} fill={text}>
              {value === null ? '' : value === 'suppressed' ? suppressedMark : value}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
