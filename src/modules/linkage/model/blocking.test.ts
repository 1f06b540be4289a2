import { describe, expect, it } from 'vitest';
import { prepareRecords } from '../prepare.ts';
import { testRecord } from '../test-records.ts';
import { buildBlockingIndex, forEachCandidatePair, rulesComparing } from './blocking.ts';
import { defaultModel } from './default-model.ts';
import type { BlockingRuleSpec } from './spec.ts';

const records = prepareRecords([
  testRecord('a', { given: 'Lupe', surname1: 'Hernández', birth: '1990-05-17' }),
  testRecord('b', { given: 'María Guadalupe', surname1: 'Ernández', birth: '1990-05-17' }),
  testRecord('c', { given: 'Rosa', surname1: 'Hernández', birth: '1990-05-17' }),
  testRecord('d', { given: 'Rosa', surname1: 'Tzul', surname2: 'Hernández', birth: '1985' }),
  testRecord('e', { given: 'Rosa' }),
]);
const rules: BlockingRuleSpec[] = [
  { name: 'birth date', on: ['birthDate'] },
  { name: 'given name and surname', on: ['givenName', 'surname'] },
];

function visited(index = buildBlockingIndex(records, rules, [], 100)) {
  const pairs: string[] = [];
  const stats = forEachCandidatePair(index, (i, j, mask) =>
    pairs.push(`${records[i]!.id}${records[j]!.id}:${mask}`),
  );
  return { pairs: pairs.sort(), stats };
}

describe('blocking', () => {
  it('compares each pair once, from the first rule that brings it together, noting every rule that does', () => {
    const { pairs, stats } = visited();
    // a–b share the birth date and, through "Lupe" = Guadalupe and the silent h, a given name and surname.
    expect(pairs).toEqual(['ab:3', 'ac:1', 'bc:1', 'cd:2']);
    expect(stats.map((rule) => rule.pairs)).toEqual([3, 1]);
  });

  it('says which rules would compare any pair, and none for records without keys', () => {
    const index = buildBlockingIndex(records, rules, [], 100);
    expect(rulesComparing(index, 0, 1)).toBe(0b11);
    expect(rulesComparing(index, 3, 4)).toBe(0);
  });

  it('skips blocks larger than the limit and counts them', () => {
    const { pairs, stats } = visited(buildBlockingIndex(records, rules, [], 2));
    expect(pairs).toEqual(['ab:2', 'cd:2']);
    expect(stats[0]).toMatchObject({ oversizedBlocks: 1, skippedPairs: 3 });
  });
});

describe('the default blocking rules', () => {
  type Fields = Parameters<typeof testRecord>[1];
  const spec = defaultModel([]);

  it.each<[string, Fields, Fields]>([
    [
      'the given name typed as the surname, the other record with only the birth year',
      { given: 'Francisco', surname1: 'García', surname2: 'Ochoa', birth: '2014-02-25' },
      { given: 'García', surname1: 'Francisco', birth: '2014' },
    ],
    [
      'both surnames in one field, no birth date',
      { given: 'Soledad', surname1: 'Hernández', surname2: 'Pérez', birth: '1999-11-24' },
      { given: 'Soledad', surname1: 'Hernández Pérez' },
    ],
    [
      'a mistyped surname and only the birth year',
      { given: 'Ricardo', surname1: 'Cabrera', surname2: 'López', birth: '2003-08-15' },
      { given: 'Rkcardo', surname1: 'Cabrera', birth: '2003' },
    ],
    [
      'surnames swapped and the given name as a nickname',
      { given: 'María Guadalupe', surname1: 'Ayala', surname2: 'Cetina', birth: '1990-05-17' },
      { given: 'Lupe', surname1: 'Cetina', surname2: 'Ayala' },
    ],
  ])('compare a pair with %s', (_, first, second) => {
    const pair = prepareRecords([testRecord('a', first), testRecord('b', second)]);
    const index = buildBlockingIndex(pair, spec.blockingRules, [], spec.maxBlockSize);
    expect(rulesComparing(index, 0, 1)).not.toBe(0);
  });

  it('does not compare namesakes of a different first name and birth year', () => {
    const pair = prepareRecords([
      testRecord('a', { given: 'Rosa', surname1: 'Tzul', birth: '1985-01-02' }),
      testRecord('b', { given: 'Irma', surname1: 'Cetina', birth: '1962-07-08' }),
    ]);
    const index = buildBlockingIndex(pair, spec.blockingRules, [], spec.maxBlockSize);
    expect(rulesComparing(index, 0, 1)).toBe(0);
  });
});
