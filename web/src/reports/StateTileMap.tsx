import type { StateMap } from '../../../src/contracts/annual-report.ts';
import type { StateCode } from '../../../src/modules/catalog/states.ts';
import { STATE_TILE_GRID } from '../../../src/modules/report/state-tile-grid.ts';

const TILE = 48;
const SHADES = ['#e7eef6', '#b9cde3', '#7fa3c9', '#44709f', '#1c4e80'];

function shade(value: number | null, max: number): string {
  if (value === null) return '#ffffff';
  if (value <= 0 || max <= 0) return SHADES[0]!;
  return SHADES[Math.min(SHADES.length - 1, 1 + Math.floor(((value - 1) / max) * (SHADES.length - 1)))]!;
}

/** Mexico as a tile grid, one square per state, shaded by the value; each tile names its state. */
export function StateTileMap({ map }: { map: StateMap }) {
  const max = Math.max(0, ...map.states.map((state) => state.value ?? 0));
  const width = 9 * TILE + 10;
  const height = 24 + 6 * TILE + 20;
  return (
    <figure style={{ margin: 0 }}>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        style={{ maxWidth: width }}
        role="img"
        aria-label={map.title}
      >
        <text x={0} y={14} fontSize={13} fontWeight="bold">
          {map.title}
        </text>
        {map.states.map((state) => {
          const tile = STATE_TILE_GRID[state.code as StateCode];
          if (!tile) return null;
          const x = tile.column * TILE;
          const y = 24 + tile.row * TILE;
          const fill = shade(state.value, max);
          const ink = fill === SHADES[3] || fill === SHADES[4] ? '#ffffff' : '#1a1a1a';
          const shown = state.value === null ? '—' : String(state.value);
          return (
            <g key={state.code}>
              <title>{`${state.name}: ${shown}`}</title>
              <rect
                x={x + 1}
                y={y + 1}
                width={TILE - 2}
                height={TILE - 2}
                fill={fill}
                stroke="#44709f"
                strokeWidth={0.5}
              />
              <text x={x + TILE / 2} y={y + 19} fontSize={10} textAnchor="middle" fill={ink}>
                {state.code}
              </text>
              <text
                x={x + TILE / 2}
                y={y + 35}
                fontSize={12}
                fontWeight="bold"
                textAnchor="middle"
                fill={ink}
              >
                {shown}
              </text>
            </g>
          );
        })}
        <text x={0} y={height - 6} fontSize={10}>
          {map.legend}
        </text>
      </svg>
    </figure>
  );
}
