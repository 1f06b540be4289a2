import type { StateCode } from '../catalog/states.ts';

/**
 * Each state's capital (latitude, longitude), rounded: a survivor's distance to a service in another
 * state is the distance between capitals. Coarse on purpose: the directory records states and
 * municipalities, not addresses, and nothing here may locate a survivor more precisely.
 */
const CAPITALS: Record<StateCode, readonly [number, number]> = {
  AGU: [21.88, -102.29],
  BCN: [32.62, -115.45],
  BCS: [24.14, -110.31],
  CAM: [19.85, -90.53],
  COA: [25.42, -101.0],
  COL: [19.24, -103.72],
  CHP: [16.75, -93.12],
  CHH: [28.63, -106.07],
  CMX: [19.43, -99.13],
  DUR: [24.02, -104.66],
  GUA: [21.02, -101.26],
  GRO: [17.55, -99.5],
  HID: [20.1, -98.76],
  JAL: [20.67, -103.35],
  MEX: [19.29, -99.66],
  MIC: [19.7, -101.19],
  MOR: [18.92, -99.23],
  NAY: [21.5, -104.89],
  NLE: [25.69, -100.32],
  OAX: [17.07, -96.72],
  PUE: [19.04, -98.21],
  QUE: [20.59, -100.39],
  ROO: [18.5, -88.3],
  SLP: [22.15, -100.98],
  SIN: [24.81, -107.39],
  SON: [29.07, -110.96],
  TAB: [17.99, -92.93],
  TAM: [23.74, -99.15],
  TLA: [19.32, -98.24],
  VER: [19.54, -96.91],
  YUC: [20.97, -89.62],
  ZAC: [22.77, -102.58],
};

const EARTH_KM = 6371;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle kilometres between two states' capitals, rounded; 0 within a state. */
export function stateDistanceKm(from: StateCode, to: StateCode): number {
  if (from === to) return 0;
  const [lat1, lon1] = CAPITALS[from];
  const [lat2, lon2] = CAPITALS[to];
  const a =
    Math.sin(radians(lat2 - lat1) / 2) ** 2 +
    Math.cos(radians(lat1)) * Math.cos(radians(lat2)) * Math.sin(radians(lon2 - lon1) / 2) ** 2;
  return Math.round(2 * EARTH_KM * Math.asin(Math.sqrt(a)));
}
