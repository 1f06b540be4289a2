import { foldText } from './text.ts';

/**
 * Nationalities as ISO 3166 alpha-3 codes, from the codes and the Spanish and English words agencies
 * write for the countries most present in Mexican trafficking cases (folded, comma-separated).
 * Anything else is kept folded and upper-cased, which still compares equal to itself.
 */
const COUNTRY_NAMES: Readonly<Record<string, string>> = {
  MEX: 'mx, mex, mexico, mexicana, mexicano, mexican',
  GTM: 'gt, gtm, guatemala, guatemalteca, guatemalteco, guatemalan',
  HND: 'hn, hnd, honduras, hondurena, hondureno, honduran',
  SLV: 'sv, slv, salvador, el salvador, salvadorena, salvadoreno, salvadoran',
  NIC: 'ni, nic, nicaragua, nicaraguense, nicaraguan',
  CRI: 'cr, cri, costa rica, costarricense',
  PAN: 'pa, pan, panama, panamena, panameno',
  BLZ: 'bz, blz, belice, belize, beliceno, belicena',
  COL: 'co, col, colombia, colombiana, colombiano, colombian',
  VEN: 've, ven, venezuela, venezolana, venezolano, venezuelan',
  CUB: 'cu, cub, cuba, cubana, cubano, cuban',
  HTI: 'ht, hti, haiti, haitiana, haitiano, haitian',
  ECU: 'ec, ecu, ecuador, ecuatoriana, ecuatoriano, ecuadorian',
  USA: 'us, usa, eua, eeuu, estados unidos, estadounidense, united states, american',
  CHN: 'cn, chn, china',
};

const CODE_BY_NAME: ReadonlyMap<string, string> = new Map(
  Object.entries(COUNTRY_NAMES).flatMap(([code, names]) =>
    names.split(', ').map((name) => [name, code] as const),
  ),
);

export function normaliseNationality(value: string): string | null {
  const folded = foldText(value);
  if (folded === '') return null;
  return CODE_BY_NAME.get(folded) ?? folded.toUpperCase();
}
