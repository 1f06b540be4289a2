import type { PreparedRecord, TextFeature } from '../record.ts';

/**
 * How the second record of a pair is read against the first. Clerks swap the two surnames, and put a
 * surname in the given-names field and the given names in the surname field; a surname recorded
 * alone may be either one. Each pair is compared in the reading under which more of its names agree;
 * the written order wins ties.
 */
export type NameOrientation = 'asWritten' | 'surnamesSwapped' | 'givenAndSurnameSwapped';

export type OrientedNames = {
  givenNames: TextFeature | null;
  surname1: TextFeature | null;
  surname2: TextFeature | null;
};

export function orientNames(a: PreparedRecord, b: PreparedRecord): NameOrientation {
  const givenAsWritten = agreement(a.givenNames, b.givenNames);
  const asWritten = givenAsWritten + agreement(a.surname1, b.surname1) + agreement(a.surname2, b.surname2);
  const surnamesSwapped =
    givenAsWritten + agreement(a.surname1, b.surname2) + agreement(a.surname2, b.surname1);
  const givenAndSurnameSwapped =
    agreement(a.givenNames, b.surname1) +
    agreement(a.surname1, b.givenNames) +
    agreement(a.surname2, b.surname2);
  if (givenAndSurnameSwapped > asWritten && givenAndSurnameSwapped > surnamesSwapped)
    return 'givenAndSurnameSwapped';
  return surnamesSwapped > asWritten ? 'surnamesSwapped' : 'asWritten';
}

export function orientedNames(record: PreparedRecord, orientation: NameOrientation): OrientedNames {
  switch (orientation) {
    case 'asWritten':
      return record;
    case 'surnamesSwapped':
      return { givenNames: record.givenNames, surname1: record.surname2, surname2: record.surname1 };
    case 'givenAndSurnameSwapped':
      return { givenNames: record.surname1, surname1: record.givenNames, surname2: record.surname2 };
  }
}

function agreement(x: TextFeature | null, y: TextFeature | null): number {
  if (x === null || y === null) return 0;
  if (x.text === y.text) return 2;
  return x.phonetic === y.phonetic ? 1 : 0;
}
