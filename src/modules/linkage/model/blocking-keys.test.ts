import { describe, expect, it } from 'vitest';
import { spanishPhoneticKey } from '../normalise/phonetic.ts';
import { prepareRecords } from '../prepare.ts';
import { testRecord } from '../test-records.ts';
import { blockingKeyFunction } from './blocking-keys.ts';

type Names = { given?: string; surname1?: string; surname2?: string };

function keysOf(part: 'nameWord' | 'nameWordPair', names: Names): string[] {
  const [record] = prepareRecords([testRecord('r', names)]);
  return blockingKeyFunction(
    [part],
    [],
  )(record!)
    .map((key) => key.slice(1))
    .sort();
}

function nameWordPairs(names: Names): string[] {
  return keysOf('nameWordPair', names);
}

/** The key of two plainly spelt words, through the same phonetic key the engine uses. */
function pairKey(words: string): string {
  return words.split(' ').map(spanishPhoneticKey).sort().join(' ');
}

describe('two name words (nameWordPair)', () => {
  it.each<[string, Names, string[]]>([
    [
      'every two words of a full name, phonetically',
      { given: 'Ximena', surname1: 'Hernández', surname2: 'Ochoa' },
      ['hernandez ochoa', 'hernandez ximena', 'ximena ochoa'],
    ],
    ['nothing from a single word', { surname1: 'Tzul' }, []],
    ['nothing from an empty record', {}, []],
    [
      'the generic first part of a compound given name opens no pair',
      { given: 'María Guadalupe', surname1: 'Cetina' },
      ['guadalupe cetina'],
    ],
    [
      'a nickname pairs every name it stands for, never two of its readings together',
      { given: 'Lupe', surname1: 'Cetina' },
      ['guadalupe cetina', 'lupe cetina'],
    ],
    [
      'two surnames typed in one field give their words',
      { given: 'Soledad', surname1: 'Hernández Pérez' },
      ['hernandez perez', 'hernandez soledad', 'perez soledad'],
    ],
    [
      'a repeated surname pairs with itself',
      { given: 'Olga', surname1: 'López', surname2: 'López' },
      ['lopez lopez', 'lopez olga'],
    ],
  ])('%s', (_, names, expected) => {
    expect(nameWordPairs(names)).toEqual(expected.map(pairKey).sort());
  });

  it.each<[string, Names, Names]>([
    [
      'given name typed as the surname',
      { given: 'Francisco', surname1: 'García', surname2: 'Ochoa' },
      { given: 'García', surname1: 'Francisco' },
    ],
    [
      'surnames swapped and one left out',
      { given: 'Cecilia', surname1: 'Villanueva', surname2: 'Saucedo' },
      { given: 'Cecilia', surname1: 'Saucedo' },
    ],
    [
      'both surnames in the first field',
      { given: 'Luis', surname1: 'Juárez', surname2: 'Martínez' },
      { given: 'Luis', surname1: 'Juárez Martínez' },
    ],
  ])('gives a shared key when the %s', (_, first, second) => {
    const shared = nameWordPairs(first).filter((key) => nameWordPairs(second).includes(key));
    expect(shared.length).toBeGreaterThan(0);
  });
});

describe('a name word (nameWord)', () => {
  it.each<[string, Names, string[]]>([
    [
      'every word of a full name, wherever it is',
      { given: 'Xavier', surname1: 'Hernández Tzul' },
      ['xavier', 'hernandez', 'tzul'],
    ],
    ['a word in two fields once', { given: 'Olga', surname1: 'López', surname2: 'López' }, ['olga', 'lopez']],
    [
      'not the generic first part of a compound given name',
      { given: 'José Luis', surname1: 'Mata' },
      ['luis', 'mata'],
    ],
    ['every name a nickname stands for', { given: 'Chuy' }, ['chuy', 'jesus']],
    ['nothing from an empty record', {}, []],
  ])('%s', (_, names, expected) => {
    expect(keysOf('nameWord', names)).toEqual([...new Set(expected.map(spanishPhoneticKey))].sort());
  });
});
