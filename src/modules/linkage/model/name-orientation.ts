import type { PreparedRecord, TextFeature } from '../record.ts';
import { withinOneEdit } from '../similarity/edit-distance.ts';

/**
 * How the second record of a pair is read against the first. Clerks swap the two surnames, put a
 * surname in the given-names field and the given names among the surnames; a surname recorded alone
 * may be either one. Each pair is compared in the reading under which more of its names agree; on a
 * tie, the earlier reading in this list (the written order first) wins.
 */
const READINGS = {
  asWritten: [0, 1, 2],
  surnamesSwapped: [0, 2, 1],
  givenAndSurnameSwapped: [1, 0, 2],
  givenAndSecondSurnameSwapped: [2, 1, 0],
  namesRotated: [1, 2, 0],
  namesRotatedBack: [2, 0, 1],
} as const;

export type NameOrientation = keyof typeof READINGS;

const ORIENTATIONS = Object.keys(READINGS) as NameOrientation[];

export type OrientedNames = {
  givenNames: TextFeature | null;
  surname1: TextFeature | null;
  surname2: TextFeature | null;
};

function slots(record: OrientedNames): readonly (TextFeature | null)[] {
  return [record.givenNames, record.surname1, record.surname2];
}

export function orientNames(a: PreparedRecord, b: PreparedRecord): NameOrientation {
  const namesA = slots(a);
  const namesB = slots(b);
  let best: NameOrientation = 'asWritten';
  let bestAgreement = -1;
  for (const orientation of ORIENTATIONS) {
    const [given, first, second] = READINGS[orientation];
    const total =
      agreement(namesA[0]!, namesB[given]!) +
      agreement(namesA[1]!, namesB[first]!) +
      agreement(namesA[2]!, namesB[second]!);
    if (total > bestAgreement) {
      best = orientation;
      bestAgreement = total;
    }
  }
  return best;
}

export function orientedNames(record: PreparedRecord, orientation: NameOrientation): OrientedNames {
  if (orientation === 'asWritten') return record;
  const names = slots(record);
  const [given, first, second] = READINGS[orientation];
  return { givenNames: names[given]!, surname1: names[first]!, surname2: names[second]! };
}

function agreement(x: TextFeature | null, y: TextFeature | null): number {
  if (x === null || y === null) return 0;
  if (x.text === y.text) return 3;
  if (x.phonetic === y.phonetic) return 2;
  return withinOneEdit(x.text, y.text) ? 1 : 0;
}
