import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CountCell, isSmallCount, type ProtectedCount, protectMargin } from './disclosure-control.ts';

/**
 * The attacker: from a published total and its published cells, what can be worked out by differences?
 * Suppressed cells sum to S = total − published; with one suppressed cell, S is its value. Zeros are
 * published unless a whole margin is withheld, so each suppressed cell is at least 1 and at most
 * S − (m − 1): when that is below the threshold, the reader learns that the cells are small.
 */
function disclosedByDifferences(
  total: number,
  cells: readonly ProtectedCount[],
  threshold: number,
): string[] {
  if (isSmallCount(total, threshold)) return [];
  const hidden = cells.filter((cell) => cell.suppressed);
  if (hidden.length === 0) return [];
  const published = cells.reduce((sum, cell) => sum + (cell.value ?? 0), 0);
  const hiddenSum = total - published;
  if (hidden.length === 1) return [hidden[0]!.key];
  const wholeMarginHidden = hidden.length === cells.length;
  const largestPossible = wholeMarginHidden ? hiddenSum : hiddenSum - (hidden.length - 1);
  return largestPossible < threshold ? hidden.map((cell) => cell.key) : [];
}

const cellsOf = (values: readonly number[]): CountCell[] =>
  values.map((value, index) => ({ key: String.fromCharCode(97 + index), value }));
const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
/** As a release protects a margin: when its total is small, the total is suppressed too. */
const protect = (values: readonly number[], threshold: number) =>
  protectMargin(cellsOf(values), threshold, isSmallCount(sum(values), threshold));
const shown = (cells: readonly ProtectedCount[]) => cells.map((cell) => cell.value);

describe('protectMargin', () => {
  it.each([
    { case: 'no small cell', values: [10, 20, 30], threshold: 5, expected: [10, 20, 30] },
    {
      case: 'one small cell hides the next smallest with it',
      values: [3, 8, 40],
      threshold: 5,
      expected: [null, null, 40],
    },
    {
      case: 'two small cells that protect each other',
      values: [2, 4, 40],
      threshold: 5,
      expected: [null, null, 40],
    },
    {
      case: 'two small cells too small together',
      values: [1, 1, 40, 50],
      threshold: 5,
      expected: [null, null, null, 50],
    },
    {
      case: 'zeros stay published and are never complements',
      values: [0, 3, 9, 12],
      threshold: 5,
      expected: [0, null, null, 12],
    },
    {
      case: 'all ones: the whole margin is withheld, zeros too',
      values: [1, 1, 1, 1, 1, 0],
      threshold: 5,
      expected: [null, null, null, null, null, null],
    },
    { case: 'the only cell: equals the total, published', values: [12], threshold: 5, expected: [12] },
    { case: 'a small total hides its margin', values: [3, 0, 0], threshold: 5, expected: [null, null, null] },
    { case: 'exactly the threshold is published', values: [5, 6, 7], threshold: 5, expected: [5, 6, 7] },
    { case: 'a higher threshold', values: [9, 12, 40, 3], threshold: 10, expected: [null, 12, 40, null] },
    {
      case: 'a higher threshold needing a complement',
      values: [8, 1, 40, 12],
      threshold: 10,
      expected: [null, null, 40, null],
    },
    { case: 'ties choose the first key', values: [3, 7, 7], threshold: 5, expected: [null, null, 7] },
  ])('$case', ({ values, threshold, expected }) => {
    const cells = protect(values, threshold);
    expect(shown(cells)).toEqual(expected);
    expect(cells.map((cell) => cell.suppressed)).toEqual(expected.map((value) => value === null));
    expect(disclosedByDifferences(sum(values), cells, threshold)).toEqual([]);
  });

  it('suppresses every cell when the total itself is suppressed', () => {
    const cells = protectMargin(cellsOf([2, 0, 1]), 5, true);
    expect(cells.every((cell) => cell.suppressed && cell.value === null)).toBe(true);
  });

  it('the attacker finds what a margin without complementary suppression would reveal', () => {
    const naive: ProtectedCount[] = [
      { key: 'a', value: null, suppressed: true },
      { key: 'b', value: 8, suppressed: false },
      { key: 'c', value: 40, suppressed: false },
    ];
    expect(disclosedByDifferences(51, naive, 5)).toEqual(['a']);
    const ones: ProtectedCount[] = [
      { key: 'a', value: null, suppressed: true },
      { key: 'b', value: null, suppressed: true },
      { key: 'c', value: 40, suppressed: false },
    ];
    expect(disclosedByDifferences(42, ones, 5)).toEqual(['a', 'b']);
  });

  it('never lets a suppressed cell be worked out, and publishes every other cell as it is', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 400 })), {
          minLength: 1,
          maxLength: 9,
        }),
        fc.integer({ min: 2, max: 12 }),
        (values, threshold) => {
          const cells = protect(values, threshold);
          expect(disclosedByDifferences(sum(values), cells, threshold)).toEqual([]);
          cells.forEach((cell, index) => {
            const value = values[index]!;
            if (value > 0 && value < threshold) expect(cell.suppressed).toBe(true);
            if (!cell.suppressed) expect(cell.value).toBe(value);
          });
        },
      ),
      { numRuns: 2000 },
    );
  });
});
