import fc from 'fast-check';

/** The part of JSON Schema (2020-12, as the OpenAPI document states it) the API's contracts use. */
export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
  default?: unknown;
};

/** Free text the fuzzer plants: it must never come back in an error body or a log line. */
export const MARKER = 'PIIMARK';

// Long valid strings cost time and prove nothing the boundary values do not.
const LONGEST_GENERATED_STRING = 40;
const MOST_GENERATED_ITEMS = 4;

/** Values the schema accepts (as far as its keywords say: cross-field rules are the server's). */
export function validValue(schema: JsonSchema): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map(validValue));
  if (schema.allOf) return validValue(Object.assign({}, ...schema.allOf));
  if (Array.isArray(schema.type))
    return fc.oneof(...schema.type.map((type) => validValue({ ...schema, type })));
  switch (schema.type) {
    case 'string':
      return validString(schema);
    case 'integer':
      return validInteger(schema);
    case 'number':
      return validNumber(schema);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(validValue(schema.items ?? {}), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.max(
          schema.minItems ?? 0,
          Math.min(schema.maxItems ?? MOST_GENERATED_ITEMS, MOST_GENERATED_ITEMS),
        ),
      });
    case 'object':
      return validObject(schema);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function validString(schema: JsonSchema): fc.Arbitrary<string> {
  const minLength = schema.minLength ?? 0;
  const maxLength = schema.maxLength ?? Number.POSITIVE_INFINITY;
  const fits = (text: string) => text.length >= minLength && text.length <= maxLength;
  switch (schema.format) {
    case 'uuid':
      return fc.uuid();
    case 'date':
      return isoDate();
    case 'date-time':
      return fc
        .date({
          min: new Date('1990-01-01T00:00:00Z'),
          max: new Date('2035-12-31T00:00:00Z'),
          noInvalidDate: true,
        })
        .map((date) => date.toISOString());
    case 'email':
      return fc.emailAddress().filter(fits);
  }
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern)).filter(fits);
  const longest = Math.max(minLength, Math.min(maxLength, LONGEST_GENERATED_STRING));
  // Planted at the front so that trimming and truncation keep it whole.
  if (longest >= MARKER.length + 4)
    return fc
      .string({
        minLength: Math.max(0, minLength - MARKER.length - 4),
        maxLength: longest - MARKER.length - 4,
      })
      .chain((text) => fc.integer({ min: 1000, max: 9999 }).map((n) => `${MARKER}${n}${text}`))
      .filter((text) => fits(text) && text.trim().length >= minLength);
  return fc.string({ minLength, maxLength: longest }).filter((text) => text.trim().length >= minLength);
}

const isoDate = () =>
  fc
    .date({
      min: new Date('1950-01-01T00:00:00Z'),
      max: new Date('2035-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((date) => date.toISOString().slice(0, 10));

function validInteger(schema: JsonSchema): fc.Arbitrary<number> {
  const min = Math.max(
    schema.minimum ?? -1_000_000,
    (schema.exclusiveMinimum ?? Number.NEGATIVE_INFINITY) + 1,
  );
  const max = Math.min(
    schema.maximum ?? 1_000_000,
    (schema.exclusiveMaximum ?? Number.POSITIVE_INFINITY) - 1,
  );
  // Huge maxima (Number.MAX_SAFE_INTEGER) stand for "no maximum": stay near the minimum most of the time.
  return fc.oneof(fc.integer({ min, max: Math.min(max, min + 10_000) }), fc.integer({ min, max }));
}

function validNumber(schema: JsonSchema): fc.Arbitrary<number> {
  const min = schema.minimum ?? -1_000_000;
  const max = Math.min(schema.maximum ?? 1_000_000, 1e12);
  if (schema.multipleOf) {
    const step = schema.multipleOf;
    return fc
      .integer({ min: Math.ceil(min / step), max: Math.floor(max / step) })
      .map((n) => Number((n * step).toFixed(6)));
  }
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

function validObject(schema: JsonSchema): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {};
  const known = fc.record(
    Object.fromEntries(Object.entries(properties).map(([key, property]) => [key, validValue(property)])),
    { requiredKeys: (schema.required ?? []).filter((key) => key in properties) },
  );
  if (typeof schema.additionalProperties !== 'object') return known;
  // Keys are vocabulary (question ids, codes) and are named in errors: they carry no marker.
  const keys =
    schema.propertyNames?.enum || schema.propertyNames?.pattern
      ? (validValue(schema.propertyNames) as fc.Arbitrary<string>)
      : fc.stringMatching(/^[a-z][a-z0-9_.]{0,20}$/);
  const extra = fc.dictionary(keys, validValue(schema.additionalProperties), {
    maxKeys: MOST_GENERATED_ITEMS,
  });
  return fc.tuple(known, extra).map(([fixed, more]) => ({ ...more, ...fixed }));
}
