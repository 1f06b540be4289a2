/**
 * CURP (Clave Única de Registro de Población, RENAPO): 4 letters from the name, birth date YYMMDD,
 * sex (H hombre, M mujer, X non-binary), state of birth (NE born abroad), 3 consonants from the name,
 * a differentiator (a digit for people born before 2000, a letter from 2000) and a check digit.
 * The person record validates with it and record linkage reads it as evidence.
 */
const STATES =
  'AS|BC|BS|CC|CL|CM|CS|CH|DF|DG|GT|GR|HG|JC|MC|MN|MS|NT|NL|OC|PL|QT|QR|SP|SL|SR|TC|TS|TL|VZ|YN|ZS|NE';
export const CURP_SHAPE = new RegExp(
  `^[A-Z][AEIOUX][A-Z]{2}\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])[HMX](?:${STATES})[B-DF-HJ-NP-TV-ZÑ]{3}[0-9A-Z]\\d$`,
);
/** Values of the characters in the check-digit sum; Ñ sits between N and O. */
const CHECK_ALPHABET = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';

export type CurpSexLetter = 'H' | 'M' | 'X';

export type CurpParts = {
  /** As written in the CURP; the day may still be off the calendar (31 February). */
  birth: { year: number; month: number; day: number };
  sexLetter: CurpSexLetter;
  checkDigitValid: boolean;
};

export function curpCheckDigit(first17: string): number {
  let sum = 0;
  for (let position = 0; position < 17; position++) {
    sum += CHECK_ALPHABET.indexOf(first17[position]!) * (18 - position);
  }
  return (10 - (sum % 10)) % 10;
}

/** Upper case without spaces or hyphens, as CURPs are typed on forms and in files. */
export const compactCurp = (raw: string): string => raw.toUpperCase().replace(/[\s-]/g, '');

/** What a value with the shape of a CURP says; `undefined` for any other value. */
export function readCurp(value: string): CurpParts | undefined {
  if (!CURP_SHAPE.test(value)) return undefined;
  const bornFrom2000 = /[A-Z]/.test(value[16]!);
  return {
    birth: {
      year: (bornFrom2000 ? 2000 : 1900) + Number(value.slice(4, 6)),
      month: Number(value.slice(6, 8)),
      day: Number(value.slice(8, 10)),
    },
    sexLetter: value[10] as CurpSexLetter,
    checkDigitValid: curpCheckDigit(value) === Number(value[17]),
  };
}
