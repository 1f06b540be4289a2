import { curpCheckDigit } from '../../catalog/curp.ts';
import type { Random } from './random-tools.ts';

const STATES =
  'AS BC BS CC CL CM CS CH DF DG GT GR HG JC MC MN MS NT NL OC PL QT QR SP SL SR TC TS TL VZ YN ZS'.split(
    ' ',
  );
const GENERIC_FIRST = new Set(['MARIA', 'JOSE', 'MA', 'J']);
const VOWELS = /[AEIOU]/;
const CONSONANTS = /[B-DF-HJ-NP-TV-Z]/;

function plain(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/\b(DE|DEL|LA|LOS|LAS|Y)\b/g, '')
    .replace(/[^A-Z ]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function firstInner(word: string, pattern: RegExp): string {
  return [...word.slice(1)].find((letter) => pattern.test(letter)) ?? 'X';
}

/**
 * A CURP built as RENAPO does (simplified: no filtering of inconvenient words), with a valid check
 * digit, for a synthetic person.
 */
export function buildCurp(
  person: {
    given: string;
    paternal: string;
    maternal: string | null;
    birth: { year: number; month: number; day: number };
    sex: 'F' | 'M';
  },
  random: Random,
): string {
  const paternal = plain(person.paternal).split(' ')[0] || 'X';
  const maternal = person.maternal ? plain(person.maternal).split(' ')[0] || 'X' : 'X';
  const givenWords = plain(person.given).split(' ');
  const given =
    (givenWords.length > 1 && GENERIC_FIRST.has(givenWords[0]!) ? givenWords[1] : givenWords[0]) || 'X';
  const pad = (n: number) => String(n).padStart(2, '0');
  const differentiator =
    person.birth.year < 2000 ? String(random.int(10)) : String.fromCharCode(65 + random.int(26));
  const first17 = [
    paternal[0],
    firstInner(paternal, VOWELS),
    maternal[0],
    given[0],
    pad(person.birth.year % 100),
    pad(person.birth.month),
    pad(person.birth.day),
    person.sex === 'F' ? 'M' : 'H',
    random.pick(STATES),
    firstInner(paternal, CONSONANTS),
    firstInner(maternal, CONSONANTS),
    firstInner(given, CONSONANTS),
    differentiator,
  ].join('');
  return `${first17}${curpCheckDigit(first17)}`;
}
