import { describe, expect, test } from 'vitest';
import { nulPaths } from './nul-characters.ts';

describe('where a request holds the null character', () => {
  test.each([
    ['nowhere', { reason: 'sin carácter nulo', accept: false, count: 3 }, []],
    ['a string field', { reason: 'a\u0000b' }, [['reason']]],
    ['a field alone', '\u0000', [[]]],
    ['an array item', { forms: ['sexual', 'labour\u0000'] }, [['forms', 1]]],
    ['a nested field', { person: { names: { given: 'x\u0000' } } }, [['person', 'names', 'given']]],
    ['a key, not echoed', { 'clave\u0000': 'valor' }, [['…']]],
    ['a key that is not a field name, not echoed', { 'dato personal': '\u0000' }, [['…']]],
    ['several places', { a: '\u0000', b: ['\u0000'] }, [['a'], ['b', 0]]],
    ['bytes of an upload, not read', Buffer.from('a\u0000b'), []],
    ['numbers, booleans and null', { n: 0, b: true, z: null }, []],
  ])('%s', (_name, value, expected) => {
    expect(nulPaths(value)).toEqual(expected);
  });
});
