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
    case 'nameWord':
      return nameWordKeys();
    case 'nameWordPair':
      return nameWordPairKeys();
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
  const phonetic = memoised(spanishPhoneticKey);
  return ({ givenNames }) =>
    givenNames ? [...new Set(distinctiveGivenNames(givenNames).flat().map(phonetic))] : NONE;
}

/** The words of the person's names, phonetically, with every name a nickname can stand for. */
function nameWordKeys(): PartValues {
  const words = nameWordsOf();
  return (record) => {
    const keys = [...new Set(words(record).flat())];
    return keys.length > 0 ? keys : NONE;
  };
}

/** Per word of the given names and surnames, its phonetic keys (several for a nickname). */
function nameWordsOf(): (record: PreparedRecord) => (readonly string[])[] {
  const phonetic = memoised(spanishPhoneticKey);
  return ({ givenNames, surname1, surname2 }) => {
    const words: (readonly string[])[] = [];
    if (givenNames)
      for (const readings of distinctiveGivenNames(givenNames)) words.push(readings.map(phonetic));
    for (const surname of [surname1, surname2])
      if (surname) for (const token of surname.tokens) words.push([phonetic(token)]);
    return words;
  };
}

/**
 * Every two words of the person's names, in alphabetical order, wherever the record put them: the
 * same keys come out when a clerk swapped the given name and a surname, typed both surnames in one
 * field or left one out. A given name gives one word per name it can stand for; two readings of one
 * nickname are never paired with each other.
 */
function nameWordPairKeys(): PartValues {
  const wordsOf = nameWordsOf();
  return (record) => {
    const words = wordsOf(record);
    const keys = new Set<string>();
    for (let a = 0; a < words.length; a++)
      for (let b = a + 1; b < words.length; b++)
        for (const first of words[a]!)
          for (const second of words[b]!)
            keys.add(first < second ? `${first} ${second}` : `${second} ${first}`);
    return keys.size > 0 ? [...keys] : NONE;
  };
}

function memoised(compute: (name: string) => string): (name: string) => string {
  const known = new Map<string, string>();
  return (name) => {
    let value = known.get(name);
    if (value === undefined) {
      value = compute(name);
      known.set(name, value);
    }
    return value;
  };
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
