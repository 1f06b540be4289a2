import { type PartialDate, partialDate } from './partial-date.ts';
import type { Sex } from './sex.ts';

/**
 * CURP (Clave Única de Registro de Población, RENAPO): 4 letters from the name, birth date YYMMDD,
 * sex (H hombre, M mujer, X non-binary), state of birth (NE born abroad), 3 consonants from the name,
 * a differentiator (a digit for people born before 2000, a letter from 2000) and a check digit.
 */
const STATES =
  'AS|BC|BS|CC|CL|CM|CS|CH|DF|DG|GT|GR|HG|JC|MC|MN|MS|NT|NL|OC|PL|QT|QR|SP|SL|SR|TC|TS|TL|VZ|YN|ZS|NE';
const CURP_SHAPE = new RegExp(
  `^[A-Z][AEIOUX][A-Z]{2}\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])[HMX](?:${STATES})[B-DF-HJ-NP-TV-ZÑ]{3}[0-9A-Z]\\d$`,
);
/** Values of the characters in the check-digit sum; Ñ sits between N and O. */
const CHECK_ALPHABET = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';

export type Curp = {
  value: string;
  /** The check digit agrees; only then are the birth date and sex in it used as evidence. */
  checkDigitValid: boolean;
  birthDate: PartialDate;
  sex: Sex;
};

export function curpCheckDigit(first17: string): number {
  let sum = 0;
  for (let position = 0; position < 17; position++) {
    sum += CHECK_ALPHABET.indexOf(first17[position]!) * (18 - position);
  }
  return (10 - (sum % 10)) % 10;
}

/** `null` for an empty value, `undefined` when it does not have the shape of a CURP. */
export function parseCurp(raw: string): Curp | null | undefined {
  const value = raw.toUpperCase().replace(/[\s-]/g, '');
  if (value === '') return null;
  if (!CURP_SHAPE.test(value)) return undefined;
  const bornFrom2000 = /[A-Z]/.test(value[16]!);
  const year = (bornFrom2000 ? 2000 : 1900) + Number(value.slice(4, 6));
  const birthDate = partialDate(year, Number(value.slice(6, 8)), Number(value.slice(8, 10)));
  const sexLetter = value[10];
  const sex: Sex = sexLetter === 'H' ? 'M' : sexLetter === 'M' ? 'F' : 'X';
  return { value, checkDigitValid: curpCheckDigit(value) === Number(value[17]), birthDate, sex };
}
