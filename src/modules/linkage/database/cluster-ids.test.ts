import { describe, expect, it } from 'vitest';
import { assignClusterIds } from './cluster-ids.ts';

const counter = () => {
  let next = 0;
  return () => `new-${++next}`;
};

describe('assignClusterIds', () => {
  it.each([
    {
      case: 'a new record joins an existing cluster',
      groups: [0, 0, 0],
      previous: ['a', 'a', null],
      expected: ['a', 'a', 'a'],
    },
    {
      case: 'a record leaves its cluster and gets a new one',
      groups: [0, 0, 1],
      previous: ['a', 'a', 'a'],
      expected: ['a', 'a', 'new-1'],
    },
    {
      case: 'two clusters merge into the id of the larger share',
      groups: [0, 0, 0],
      previous: ['b', 'a', 'a'],
      expected: ['a', 'a', 'a'],
    },
    {
      case: 'records never linked form new clusters',
      groups: [0, 1],
      previous: [null, null],
      expected: ['new-1', 'new-2'],
    },
    {
      case: 'a split cluster keeps its id in the larger part',
      groups: [1, 0, 0],
      previous: ['a', 'a', 'a'],
      expected: ['new-1', 'a', 'a'],
    },
  ])('$case', ({ groups, previous, expected }) => {
    expect(assignClusterIds(groups, previous, counter())).toEqual(expected);
  });
});
