import { givenNameReadings } from './nicknames.ts';
import { foldedTokens } from './text.ts';

/** Abbreviations clerks write for frequent given names ("Ma." and "Mª" for María, "Gpe." for Guadalupe). */
const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['ma', 'maria'],
  ['gpe', 'guadalupe'],
  ['fco', 'francisco'],
  ['jse', 'jose'],
]);

/** In "María de los Ángeles" or "José de Jesús" the connecting words carry nothing. */
const GIVEN_NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'del', 'la', 'las', 'los']);

/**
 * The first names of compound given names that people drop in daily use ("María Guadalupe" goes by
 * "Guadalupe", "José Luis" by "Luis"), so they say little on their own.
 */
export const GENERIC_FIRST_NAMES: ReadonlySet<string> = new Set(['maria', 'jose', 'juan']);

export type GivenNames = {
  /** Folded tokens with abbreviations expanded and particles removed. */
  tokens: string[];
  /** For each token, the names it can stand for (itself and, for a nickname, the full names). */
  readings: (readonly string[])[];
};

export function normaliseGivenNames(value: string): GivenNames {
  const tokens = foldedTokens(value)
    .map((token) => ABBREVIATIONS.get(token) ?? token)
    .filter((token) => !GIVEN_NAME_PARTICLES.has(token));
  return { tokens, readings: tokens.map(givenNameReadings) };
}

/** The tokens that identify a person best: a compound name without its generic first part. */
export function distinctiveGivenNames(names: {
  readings: readonly (readonly string[])[];
}): readonly (readonly string[])[] {
  const distinctive = names.readings.filter((readings) => !GENERIC_FIRST_NAMES.has(readings[0]!));
  return distinctive.length > 0 ? distinctive : names.readings;
}
