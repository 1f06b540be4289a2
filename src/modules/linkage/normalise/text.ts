import { repairMojibake } from './mojibake.ts';

const COMBINING_MARKS = /\p{M}+/gu;
const APOSTROPHES = /['’`´]/g;
const NOT_ALPHANUMERIC = /[^a-z0-9]+/g;

/**
 * Lower case, no accents (ñ becomes n, because systems without ñ write N and the CURP writes X),
 * apostrophes dropped ("D'Angelo" is "dangelo") and every other separator a single space. NFKD also
 * turns the ordinal "ª" of "Mª" into "a".
 */
export function foldText(value: string): string {
  return repairMojibake(value)
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(NOT_ALPHANUMERIC, ' ')
    .trim();
}

export function foldedTokens(value: string): string[] {
  const folded = foldText(value);
  return folded === '' ? [] : folded.split(' ');
}
