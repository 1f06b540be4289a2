import { type CurpSexLetter, compactCurp, readCurp } from '../../catalog/curp.ts';
import { type PartialDate, partialDate } from './partial-date.ts';
import type { Sex } from './sex.ts';

export type Curp = {
  value: string;
  /** The check digit agrees; only then are the birth date and sex in it used as evidence. */
  checkDigitValid: boolean;
  birthDate: PartialDate;
  sex: Sex;
};

const SEX_OF_LETTER: Record<CurpSexLetter, Sex> = { H: 'M', M: 'F', X: 'X' };

/** `null` for an empty value, `undefined` when it does not have the shape of a CURP. */
export function parseCurp(raw: string): Curp | null | undefined {
  const value = compactCurp(raw);
  if (value === '') return null;
  const parts = readCurp(value);
  if (!parts) return undefined;
  const { year, month, day } = parts.birth;
  return {
    value,
    checkDigitValid: parts.checkDigitValid,
    birthDate: partialDate(year, month, day),
    sex: SEX_OF_LETTER[parts.sexLetter],
  };
}
