import type { Curp } from './normalise/curp.ts';
import type { PartialDate } from './normalise/partial-date.ts';
import type { Sex } from './normalise/sex.ts';

/** An extra column compared as free text (an address) or as a code (a postcode). */
export type ExtraColumn = { name: string; kind: 'text' | 'code' };

/** One input record after its file has been read and every value checked. */
export type LinkageRecord = {
  id: string;
  source: string;
  givenNames: string;
  surname1: string;
  surname2: string;
  sex: Sex | null;
  birthDate: PartialDate | null;
  nationality: string | null;
  curp: Curp | null;
  phone: string | null;
  /** Raw values of the extra columns, in the order of the file's `ExtraColumn` list. */
  extras: readonly string[];
};

/** A name or other text, in the forms the comparisons and blocking keys use. */
export type TextFeature = {
  /** Folded tokens joined by single spaces. */
  text: string;
  phonetic: string;
  tokens: readonly string[];
  /** Per token, the names it may stand for (nicknames of given names); `[token]` elsewhere. */
  readings: readonly (readonly string[])[];
};

/** A record ready to be compared; computed once, before any pair is looked at. */
export type PreparedRecord = {
  index: number;
  id: string;
  source: string;
  givenNames: TextFeature | null;
  surname1: TextFeature | null;
  surname2: TextFeature | null;
  sex: Sex | null;
  birthDate: PartialDate | null;
  nationality: string | null;
  curp: string | null;
  phone: string | null;
  extras: readonly (TextFeature | null)[];
};
