import { dateDigits } from '../normalise/partial-date.ts';
import type { ExtraColumn, PreparedRecord } from '../record.ts';

/** CLK size: 1024 bits, kept as 32 unsigned 32-bit words. */
export const CLK_BITS = 1024;
export const CLK_WORDS = CLK_BITS / 32;

/**
 * What goes into a cryptographic long-term key (Schnell, Bachteler and Reiher 2011): for each field,
 * the tokens it contributes and how many bits each token sets (its weight: fields that identify a
 * person better set more bits, so they count more in the Dice similarity).
 */
export type ClkField = {
  name: string;
  bitsPerToken: number;
  tokens(record: PreparedRecord): readonly string[];
};

/** Letter pairs of a value padded with spaces, so that first and last letters count: " ana " → " a", "an", "na", "a ". */
export function bigrams(value: string): string[] {
  const padded = ` ${value} `;
  const pairs: string[] = [];
  for (let i = 0; i < padded.length - 1; i++) pairs.push(padded.slice(i, i + 2));
  return pairs;
}

/** Nicknames become the first full name they stand for, so "Lupe" and "Guadalupe" set the same bits. */
function canonicalGivenNames(record: PreparedRecord): string {
  return (record.givenNames?.readings ?? []).map((readings) => readings[1] ?? readings[0]).join(' ');
}

export function personClkFields(extras: readonly ExtraColumn[]): ClkField[] {
  return [
    {
      name: 'given_names',
      bitsPerToken: 10,
      tokens: (r) => (r.givenNames ? bigrams(canonicalGivenNames(r)) : []),
    },
    {
      // One field for both surnames, so that swapped surnames give the same bits.
      name: 'surnames',
      bitsPerToken: 10,
      tokens: (r) => [r.surname1, r.surname2].flatMap((surname) => (surname ? bigrams(surname.text) : [])),
    },
    {
      name: 'birth_date',
      bitsPerToken: 8,
      tokens: (r) => (r.birthDate ? bigrams(dateDigits(r.birthDate)) : []),
    },
    { name: 'sex', bitsPerToken: 6, tokens: (r) => (r.sex ? [r.sex] : []) },
    { name: 'curp', bitsPerToken: 4, tokens: (r) => (r.curp ? bigrams(r.curp) : []) },
    { name: 'phone', bitsPerToken: 6, tokens: (r) => (r.phone ? bigrams(r.phone.slice(-8)) : []) },
    { name: 'nationality', bitsPerToken: 3, tokens: (r) => (r.nationality ? [r.nationality] : []) },
    ...extras.map(({ name }, extra) => ({
      name: `extra:${name}`,
      bitsPerToken: 3,
      tokens: (r: PreparedRecord) => {
        const value = r.extras[extra];
        return value ? bigrams(value.text) : [];
      },
    })),
  ];
}
