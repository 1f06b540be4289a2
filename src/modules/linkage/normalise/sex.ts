import { foldText } from './text.ts';

/** F female, M male, X non-binary (as in the CURP since 2023). */
export type Sex = 'F' | 'M' | 'X';

/**
 * Words and codes accepted without a mapping. "H" is left out on purpose: files that write H/M
 * (hombre/mujer, as the CURP does) use M for women, the opposite of F/M files, so they must say which
 * convention they follow in the column map instead of being guessed.
 */
const DEFAULT_SEX_VALUES: SexVocabulary = {
  f: 'F',
  femenino: 'F',
  mujer: 'F',
  female: 'F',
  woman: 'F',
  m: 'M',
  masculino: 'M',
  hombre: 'M',
  male: 'M',
  man: 'M',
  x: 'X',
  'no binario': 'X',
  'no binaria': 'X',
  'non binary': 'X',
};

export type SexVocabulary = Readonly<Record<string, Sex>>;

/** A file's own codes, keyed by their folded spelling so that "H" and "h" mean the same. */
export function sexVocabulary(codes: Readonly<Record<string, Sex>>): SexVocabulary {
  return Object.fromEntries(Object.entries(codes).map(([code, sex]) => [foldText(code), sex]));
}

/** `null` for an empty value, `undefined` for a value outside the vocabulary. */
export function parseSex(
  value: string,
  vocabulary: SexVocabulary = DEFAULT_SEX_VALUES,
): Sex | null | undefined {
  const folded = foldText(value);
  if (folded === '') return null;
  return vocabulary[folded];
}
