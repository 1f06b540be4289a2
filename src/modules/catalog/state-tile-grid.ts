import type { StateCode } from './states.ts';

/**
 * A tile-grid cartogram of Mexico: each of the 32 states as one equal square at (column, row), placed
 * so that neighbours stay roughly neighbours (the Baja California peninsula on the left, Yucatán on the
 * right). Maps of counts by state use it instead of geodata; every state weighs the same, so small
 * states such as Tlaxcala or Ciudad de México stay readable. Columns grow eastwards, rows southwards.
 */
export const STATE_TILE_GRID: Readonly<Record<StateCode, { column: number; row: number }>> = {
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
  NAY: { column: 2, row: 2 },
  AGU: { column: 3, row: 2 },
  GUA: { column: 4, row: 2 },
  QUE: { column: 5, row: 2 },
  HID: { column: 6, row: 2 },
  JAL: { column: 2, row: 3 },
  MIC: { column: 3, row: 3 },
  MEX: { column: 4, row: 3 },
  CMX: { column: 5, row: 3 },
  TLA: { column: 6, row: 3 },
  VER: { column: 7, row: 3 },
  YUC: { column: 9, row: 3 },
  COL: { column: 2, row: 4 },
  GRO: { column: 3, row: 4 },
  MOR: { column: 4, row: 4 },
  PUE: { column: 5, row: 4 },
  OAX: { column: 6, row: 4 },
  TAB: { column: 7, row: 4 },
  CAM: { column: 8, row: 4 },
  ROO: { column: 9, row: 4 },
  CHP: { column: 7, row: 5 },
};

/** The grid's size in tiles. */
export const STATE_TILE_GRID_SIZE = { columns: 10, rows: 6 } as const;
