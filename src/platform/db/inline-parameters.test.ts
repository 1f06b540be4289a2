import { describe, expect, it } from 'vitest';
import { inlineParameters } from './inline-parameters.ts';

describe('inlineParameters', () => {
  it.each([
    [
      'SELECT $1::uuid',
      ['0b6f0c2e-4a5b-4c3d-8e9f-0a1b2c3d4e5f'],
      "SELECT '0b6f0c2e-4a5b-4c3d-8e9f-0a1b2c3d4e5f'::uuid",
    ],
    ['SELECT $1', ["it's"], "SELECT 'it''s'"],
    ['SELECT $1', ['back\\slash'], "SELECT  E'back\\\\slash'"],
    ['SELECT $1, $2', [null, true], 'SELECT NULL, TRUE'],
    ['SELECT 1 -$1', [-1], 'SELECT 1 -(-1)'],
    ['SELECT $1', [new Date('2026-11-30T12:00:00Z')], "SELECT '2026-11-30T12:00:00.000Z'"],
    ['SELECT $2, $1', ['a', 'b'], "SELECT 'b', 'a'"],
    ['SELECT $1, $10', ['$10', 'x', '', '', '', '', '', '', '', 'ten'], "SELECT '$10', 'ten'"],
    ['SELECT $1', ["'); DROP TABLE cases; --"], "SELECT '''); DROP TABLE cases; --'"],
  ])('%s with %j', (sql, parameters, expected) => {
    expect(inlineParameters({ sql, parameters })).toBe(expected);
  });

  it.each([
    ['SELECT $1', [[1, 2]]],
    ['SELECT $1', [{ a: 1 }]],
    ['SELECT $1', [Number.NaN]],
    ['SELECT $1', [Buffer.from('x')]],
    ['SELECT $2', ['only one']],
    ['SELECT $1', ['before\0after']],
  ])('refuses %s with %j', (sql, parameters) => {
    expect(() => inlineParameters({ sql, parameters })).toThrow();
  });
});
