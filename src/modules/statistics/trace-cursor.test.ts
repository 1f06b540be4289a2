import { describe, expect, it } from 'vitest';
import { decodeTraceCursor, encodeTraceCursor, type TraceScope } from './trace-cursor.ts';

const UNIT = '3f1c6a52-8a5e-4c1e-9f0a-2b7d9e4c1a00';
const SCOPE: TraceScope = { year: 2012, code: 'prosecution.convictions', dimension: 'state', cell: 'PUE' };

describe('trace cursor', () => {
  it('gives back the unit it was made from, for the same trace', () => {
    expect(decodeTraceCursor(encodeTraceCursor(UNIT, SCOPE), SCOPE)).toBe(UNIT);
    const whole = { ...SCOPE, dimension: null, cell: null };
    expect(decodeTraceCursor(encodeTraceCursor(UNIT, whole), whole)).toBe(UNIT);
  });

  it.each<[string, TraceScope]>([
    ['another year', { ...SCOPE, year: 2011 }],
    ['another indicator', { ...SCOPE, code: 'prosecution.acquittals' }],
    ['another dimension', { ...SCOPE, dimension: 'form_mexican_law' }],
    ['another cell', { ...SCOPE, cell: 'CHP' }],
    ['the whole figure', { ...SCOPE, dimension: null, cell: null }],
  ])('is refused for %s', (_, other) => {
    expect(decodeTraceCursor(encodeTraceCursor(UNIT, SCOPE), other)).toBeNull();
  });

  it.each([
    ['garbage', 'not a cursor!'],
    ['empty', ''],
    [
      'edited unit',
      Buffer.from(`t1~${UNIT.replace('a00', 'a01')}~2012~prosecution.convictions~state~PUE~x`).toString(
        'base64url',
      ),
    ],
    ['not a uuid', encodeTraceCursor('nope', SCOPE)],
  ])('refuses %s', (_, token) => {
    expect(decodeTraceCursor(token, SCOPE)).toBeNull();
  });
});
