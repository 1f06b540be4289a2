/**
 * Blind indexes match exactly, so values are first brought to one spelling. Each column declares its
 * normaliser; changing one later means recomputing that column's indexes.
 */
export type Normaliser = (value: string) => string;

/** CURP, passport and other document numbers: upper case, without spaces or hyphens. */
export const normaliseIdentifier: Normaliser = (value) =>
  value
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s-]+/g, '');

/** Phone numbers: digits only (a country code typed or not is not reconciled). */
export const normalisePhone: Normaliser = (value) => value.normalize('NFKC').replace(/\D+/g, '');

/** Names: lower case, accents and ñ's tilde removed, whitespace collapsed ("  JOSÉ  Peña" → "jose pena"). */
export const normaliseName: Normaliser = (value) =>
  value
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
