import type { StateCode } from '../catalog/states.ts';

/**
 * Mexico's 32 states as a tile-grid cartogram: one equal square per state, placed where it roughly
 * lies (column west to east, row north to south), so the map needs no geodata and every state is
 * equally visible however small.
 */
export const STATE_TILE_GRID: Record<StateCode, { column: number; row: number }> = {
  BCN: { column: 0, row: 0 },
  SON: { column: 1, row: 0 },
  CHH: { column: 2, row: 0 },
  COA: { column: 3, row: 0 },
  NLE: { column: 4, row: 0 },
  BCS: { column: 0, row: 1 },
  SIN: { column: 1, row: 1 },
  DUR: { column: 2, row: 1 },
  ZAC: { column: 3, row: 1 },
  SLP: { column: 4, row: 1 },
  TAM: { column: 5, row: 1 },
  NAY: { column: 1, row: 2 },
  AGU: { column: 2, row: 2 },
  GUA: { column: 3, row: 2 },
  QUE: { column: 4, row: 2 },
  HID: { column: 5, row: 2 },
  VER: { column: 6, row: 2 },
  YUC: { column: 8, row: 2 },
  JAL: { column: 1, row: 3 },
  MIC: { column: 2, row: 3 },
  MEX: { column: 3, row: 3 },
  CMX: { column: 4, row: 3 },
  TLA: { column: 5, row: 3 },
  PUE: { column: 6, row: 3 },
  CAM: { column: 7, row: 3 },
  ROO: { column: 8, row: 3 },
  COL: { column: 1, row: 4 },
  GRO: { column: 3, row: 4 },
  MOR: { column: 4, row: 4 },
  OAX: { column: 5, row: 4 },
  TAB: { column: 6, row: 4 },
  CHP: { column: 6, row: 5 },
};
