import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundaryValue } from './hostile-values.ts';
import { type JsonSchema, MARKER, validValue } from './schema-arbitraries.ts';

// Decimal steps (0.01) are not exact in binary floating point; zod allows for that too.
const ajv = new Ajv2020({ strict: false, multipleOfPrecision: 9 });
addFormats.default(ajv);

/** Shapes the API's contracts use, as the OpenAPI document states them. */
const SCHEMAS: [string, JsonSchema][] = [
  ['uuid', { type: 'string', format: 'uuid' }],
  ['date', { type: 'string', format: 'date' }],
  ['date-time', { type: 'string', format: 'date-time' }],
  ['bounded text', { type: 'string', minLength: 1, maxLength: 200 }],
  ['short text', { type: 'string', minLength: 2, maxLength: 8 }],
  ['pattern', { type: 'string', pattern: '^[A-Z]{2}$' }],
  ['enum', { type: 'string', enum: ['survivor', 'suspect', 'witness'] }],
  ['integer range', { type: 'integer', minimum: 1900, maximum: 9007199254740991 }],
  ['multiple of', { type: 'number', minimum: 0, maximum: 100, multipleOf: 0.01 }],
  ['nullable boolean', { type: ['boolean', 'null'] }],
  ['any of', { anyOf: [{ type: 'string', format: 'date' }, { type: 'null' }] }],
  ['bounded array', { type: 'array', items: { type: 'string', enum: ['a', 'b'] }, minItems: 1, maxItems: 2 }],
  [
    'strict object',
    {
      type: 'object',
      properties: { role: { type: 'string', enum: ['survivor'] }, note: { type: 'string', maxLength: 30 } },
      required: ['role'],
      additionalProperties: false,
    },
  ],
  [
    'dictionary',
    {
      type: 'object',
      propertyNames: { type: 'string', pattern: '^[a-z]+\\.[a-z]+$' },
      additionalProperties: { type: 'string', enum: ['yes', 'no'] },
    },
  ],
];

describe('generated valid values', () => {
  it.each(SCHEMAS)('%s: every one is accepted by its schema', (_, schema) => {
    const validate = ajv.compile(schema);
    fc.assert(
      fc.property(validValue(schema), (value) => validate(value) === true),
      { numRuns: 200 },
    );
  });

  it('plant the marker in free text, where a leak would show', () => {
    const texts = fc.sample(validValue({ type: 'string', maxLength: 200 }), 50) as string[];
    expect(texts.every((text) => text.startsWith(MARKER))).toBe(true);
  });
});

describe('boundary values', () => {
  it('step just past each stated limit', () => {
    const lengths = fc.sample(boundaryValue({ type: 'string', maxLength: 20 }), 100) as string[];
    expect(lengths.map((text) => text.length)).toContain(21);
    const numbers = fc.sample(boundaryValue({ type: 'integer', minimum: 1, maximum: 9 }), 100);
    expect(numbers).toEqual(expect.arrayContaining([0, 10]));
    const items = fc.sample(boundaryValue({ type: 'array', maxItems: 3 }), 20) as unknown[][];
    expect(items.some((list) => list.length === 4)).toBe(true);
  });
});
