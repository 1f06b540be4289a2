import { distinctiveGivenNames } from '../normalise/given-names.ts';
import { isCompleteDate } from '../normalise/partial-date.ts';
import { spanishPhoneticKey } from '../normalise/phonetic.ts';
import type { PreparedRecord } from '../record.ts';
import { extraIndex } from './comparator.ts';
import type { BlockingKeyPart } from './spec.ts';

type PartValues = (record: PreparedRecord) => readonly string[];

const NONE: readonly string[] = [];

/** The values one key part takes for a record; several values give the record several keys. */
function partValues(part: BlockingKeyPart, extraNames: readonly string[]): PartValues {
  switch (part) {
    case 'birthDate':
      return ({ birthDate: date }) =>
        date && isCompleteDate(date) ? [`${date.year}-${date.month}-${date.day}`] : NONE;
    case 'birthYear':
      return ({ birthDate: date }) => (date ? [String(date.year)] : NONE);
    case 'birthYearMonth':
      return ({ birthDate: date }) => (date?.month ? [`${date.year}-${date.month}`] : NONE);
    case 'birthMonthDay':
      return ({ birthDate: date }) => (date && isCompleteDate(date) ? [`${date.month}-${date.day}`] : NONE);
    case 'givenName':
      return givenNameKeys();
    case 'surname':
      return ({ surname1, surname2 }) => [surname1, surname2].flatMap((s) => (s ? [s.phonetic] : NONE));
    case 'surnamePair':
      return ({ surname1, surname2 }) =>
        surname1 && surname2 ? [[surname1.phonetic, surname2.phonetic].sort().join(' ')] : NONE;
    case 'curpStem':
      return ({ curp }) => (curp ? [curp.slice(0, 10)] : NONE);
    case 'phone':
      return ({ phone }) => (phone ? [phone.slice(-8)] : NONE);
    default: {
      const extra = extraIndex(part, extraNames);
      return (record) => {
        const value = record.extras[extra];
        return value ? [value.text] : NONE;
      };
    }
  }
}

/**
 * Phonetic keys of the distinctive given names and of every name a nickname stands for, so "Lupe"
 * meets "Guadalupe" and "María Guadalupe", but the "María" of a compound name opens no block of its own.
 */
function givenNameKeys(): PartValues {
  const phoneticKeys = new Map<string, string>();
  const phonetic = (name: string) => {
    let key = phoneticKeys.get(name);
    if (key === undefined) {
      key = spanishPhoneticKey(name);
      phoneticKeys.set(name, key);
    }
    return key;
  };
  return ({ givenNames }) =>
    givenNames ? [...new Set(distinctiveGivenNames(givenNames).flat().map(phonetic))] : NONE;
}

/** All keys of a record under one rule: every combination of its parts' values. */
export function blockingKeyFunction(
  parts: readonly BlockingKeyPart[],
  extraNames: readonly string[],
): (record: PreparedRecord) => string[] {
  const valueFunctions = parts.map((part) => partValues(part, extraNames));
  return (record) => {
    let keys = [''];
    for (const values of valueFunctions) {
      const partKeys = values(record);
      if (partKeys.length === 0) return [];
      keys = keys.flatMap((prefix) => partKeys.map((value) => `${prefix}\u0001${value}`));
    }
    return keys;
  };
}
