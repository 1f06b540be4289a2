import { describe, expect, it } from 'vitest';
import { prepareRecords } from '../prepare.ts';
import { testRecord } from '../test-records.ts';
import { compileComparator } from './comparator.ts';
import { estimateMatchProbability } from './match-probability.ts';
import { orientNames } from './name-orientation.ts';
import { log2Odds, probabilityFromWeight } from './parameters.ts';
import { Scorer } from './scorer.ts';
import type { ComparisonSpec } from './spec.ts';
import { termFrequencies } from './term-frequency.ts';

describe('name orientation', () => {
  const [written, ...others] = prepareRecords([
    testRecord('a', { given: 'Rosa', surname1: 'Tzul', surname2: 'Balam' }),
    testRecord('b', { given: 'Rosa', surname1: 'Tzul', surname2: 'Balam' }),
    testRecord('c', { given: 'Rosa', surname1: 'Balam', surname2: 'Tzul' }),
    testRecord('d', { given: 'Tzul', surname1: 'Rosa', surname2: 'Balam' }),
    testRecord('e', { given: 'Balam', surname1: 'Tzul', surname2: 'Rosa' }),
    testRecord('f', { given: 'Tzul', surname1: 'Balam', surname2: 'Rosa' }),
    testRecord('g', { given: 'Balam', surname1: 'Rosa', surname2: 'Tzul' }),
  ]);
  it.each([
    [0, 'asWritten'],
    [1, 'surnamesSwapped'],
    [2, 'givenAndSurnameSwapped'],
    [3, 'givenAndSecondSurnameSwapped'],
    [4, 'namesRotatedBack'],
    [5, 'namesRotated'],
  ])('reads record %i as %s', (index, orientation) => {
    expect(orientNames(written!, others[index]!)).toBe(orientation);
  });
});

describe('term frequencies', () => {
  const surname: ComparisonSpec = {
    name: 'surname_1',
    type: 'text',
    field: 'surname1',
    levels: [{ kind: 'exact' }],
    termFrequency: 'surname',
  };
  const records = prepareRecords([
    ...Array.from({ length: 8 }, (_, i) => testRecord(`h${i}`, { surname1: 'Hernández' })),
    testRecord('c1', { surname1: 'Cetina' }),
    testRecord('c2', { surname1: 'Cetina' }),
  ]);
  const comparator = compileComparator([surname], []);
  const scorer = new Scorer(
    comparator,
    [{ name: 'surname_1', m: [0.9, 0.1], u: [0.2, 0.8] }],
    termFrequencies(records, comparator.comparisons),
    records,
  );

  it('weighs agreement on a rare value more than on a common one', () => {
    const common = scorer.compareRecords(0, 1);
    const rare = scorer.compareRecords(8, 9);
    expect(common).toBeCloseTo(Math.log2(0.9 / 0.8), 5);
    expect(rare).toBeCloseTo(Math.log2(0.9 / 0.2), 5);
    expect(scorer.compareRecords(0, 8)).toBeCloseTo(Math.log2(0.1 / 0.8), 5);
  });
});

describe('match probability', () => {
  it('converts between weights and probabilities', () => {
    expect(probabilityFromWeight(0)).toBe(0.5);
    expect(probabilityFromWeight(log2Odds(0.9))).toBeCloseTo(0.9, 12);
  });

  it('estimates the prior from the evidence of the compared pairs', () => {
    // 1,000 pairs with overwhelming evidence among 1,000,000 possible: λ ≈ 0.001.
    const evidence = new Float32Array(5_000).fill(-20);
    evidence.fill(60, 0, 1_000);
    expect(estimateMatchProbability(evidence, 1_000_000)).toBeCloseTo(0.001, 5);
  });
});
