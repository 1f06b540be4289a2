import type { StateCode } from '../../../src/modules/catalog/states.ts';
import type { CoverageGapReport } from '../api/referrals.ts';
import type { TileValue } from '../maps/StateTileMap.tsx';

/** Each state's unmet needs for everyone (the `all` population), suppressed where every cell is small. */
export function unmetByState(rows: CoverageGapReport['rows']): Map<StateCode, TileValue> {
  const byState = new Map<StateCode, TileValue>();
  for (const row of rows) {
    if (row.population !== 'all' || row.state === null) continue;
    const known = byState.get(row.state);
    if (row.unmet === null) {
      if (known === undefined || known === null) byState.set(row.state, 'suppressed');
    } else byState.set(row.state, (typeof known === 'number' ? known : 0) + row.unmet);
  }
  return byState;
}
