import fc from 'fast-check';
import { type JsonSchema, MARKER } from './schema-arbitraries.ts';

/** Text an attacker or a broken client sends, each carrying the marker that must never echo back. */
const HOSTILE_TEXT = [
  // SQL injection
  `' OR '1'='1`,
  `'; DROP TABLE cases; --`,
  `1; SELECT pg_sleep(5); --`,
  `" OR ""="`,
  `\\'; SELECT set_config('enlace.roles','administrator',false); --`,
  // script and markup injection
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '{{constructor.constructor("alert(1)")()}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, sent as plain text
  '${7*7}',
  // spreadsheet formula injection (exports)
  '=HYPERLINK("http://example.invalid","x")',
  '+SUM(1,1)',
  '-2+3',
  '@cmd',
  '\t=1+1',
  // unicode edge cases
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDFFF\uD800',
  '\u202Eevil',
  '\uFEFF',
  'e\u0301\u0301\u0301\u0301',
  '👩🏽‍⚕️👨‍👩‍👧‍👦',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  'ñÑáÉíÓúÜ',
  '\r\n\r\nX-Injected: 1',
  '%00%27%22',
  '../../../../etc/passwd',
  // numbers and words that parsers mistake
  'NaN',
  '-0',
  '1e309',
  'null',
  'undefined',
  'true',
  '0x1F',
  '2024-02-30',
  '2024-13-01',
  '0000-00-00',
  '9999-12-31T23:59:60Z',
  ' ',
];

let planted = 0;
const marked = (text: string) => `${text}${MARKER}${(planted++ % 9000) + 1000}`;

export const hostileText = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...HOSTILE_TEXT).map(marked) },
    {
      weight: 1,
      arbitrary: fc.integer({ min: 1_000, max: 300_000 }).map((length) => marked('A'.repeat(length))),
    },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }).map(marked) },
  );

/**
 * Field names no contract has. Field names that look like identifiers are echoed in validation errors
 * to help the caller (they are vocabulary, not data), so these carry no marker.
 */
export const hostileKey = (): fc.Arbitrary<string> =>
  fc.constantFrom('consent', 'isAdmin', 'role', '__proto__', 'constructor', 'prototype', '', ...HOSTILE_TEXT);

/** Any JSON where the contract expects something else: wrong types, odd numbers, deep nesting. */
export const hostileJson = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    hostileText(),
    fc.constantFrom(0, -1, 1.5, -0, 1e308, -1e308, 2 ** 53 + 1, true, false, null, [], {}, ''),
    fc.constant({ ['__proto__']: { polluted: true } }),
    fc.constant({ constructor: { prototype: { polluted: true } } }),
    fc.integer({ min: 50, max: 2_000 }).map(deeplyNested),
    fc.array(hostileText(), { minLength: 1, maxLength: 3 }),
    fc.jsonValue({ maxDepth: 3 }),
  );

function deeplyNested(depth: number): unknown {
  let value: unknown = marked('');
  for (let level = 0; level < depth; level++) value = [value];
  return value;
}

/** Values just outside (or exactly on) the edges the schema states. */
export function boundaryValue(schema: JsonSchema): fc.Arbitrary<unknown> {
  const candidates: unknown[] = [];
  if (schema.maxLength !== undefined)
    candidates.push(marked('x'.repeat(Math.max(0, schema.maxLength - 11))), 'x'.repeat(schema.maxLength + 1));
  if (schema.minLength !== undefined && schema.minLength > 0)
    candidates.push('x'.repeat(schema.minLength - 1), ' '.repeat(schema.minLength));
  if (schema.minimum !== undefined) candidates.push(schema.minimum, schema.minimum - 1, schema.minimum - 0.5);
  if (schema.maximum !== undefined) candidates.push(schema.maximum, schema.maximum + 1);
  if (schema.maxItems !== undefined) candidates.push(Array.from({ length: schema.maxItems + 1 }, () => null));
  if (schema.minItems !== undefined && schema.minItems > 0) candidates.push([]);
  if (schema.enum) candidates.push(`${String(schema.enum[0])}X`, String(schema.enum[0]).toUpperCase(), '');
  if (schema.format === 'uuid')
    candidates.push(
      '00000000-0000-0000-0000-000000000000',
      'ffffffff-ffff-ffff-ffff-ffffffffffff',
      'not-a-uuid',
    );
  if (schema.format === 'date') candidates.push('1900-01-01', '2100-12-31', '2023-02-29', '2024-02-29');
  if (schema.pattern) candidates.push('', marked('A'));
  if (candidates.length === 0) candidates.push('', 0, null);
  return fc.constantFrom(...candidates);
}
