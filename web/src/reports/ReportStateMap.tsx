import type { StateMap } from '../../../src/contracts/annual-report.ts';
import type { StateCode } from '../../../src/modules/catalog/states.ts';
import { StateTileMap } from '../maps/StateTileMap.tsx';

/** The report's map of Mexico by state, with its legend below. */
export function ReportStateMap({ map }: { map: StateMap }) {
  const values = new Map(map.states.map((state) => [state.code as StateCode, state.value]));
  return (
    <figure style={{ margin: 0 }}>
      <StateTileMap
        values={values}
        title={map.title}
        describe={(state, value) => `${state}: ${value ?? '—'}`}
        suppressedMark="—"
      />
      <figcaption>{map.legend}</figcaption>
    </figure>
  );
}
