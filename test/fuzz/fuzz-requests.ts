import fc from 'fast-check';
import { boundaryValue, hostileJson, hostileKey, hostileText } from './hostile-values.ts';
import { type JsonSchema, validValue } from './schema-arbitraries.ts';

type Parameter = { name: string; in: 'path' | 'query' | 'header'; required?: boolean; schema: JsonSchema };
export type OpenApiOperation = {
  summary?: string;
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, { content?: Record<string, { schema: JsonSchema }> }>;
};
export type Operation = { method: string; path: string; spec: OpenApiOperation };

export const REQUEST_KINDS = ['valid', 'boundary', 'hostile'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

export type FuzzRequest = {
  kind: RequestKind;
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
  /** Which signed-in caller sends it (the last one is nobody). */
  caller: number;
};

export type FuzzContext = { knownIds: readonly string[]; callers: number };

export type OpenApiDocument = { paths: Record<string, Record<string, OpenApiOperation>> };

/** Every operation of an OpenAPI document, in a stable order. */
export const operationsOf = (document: OpenApiDocument) =>
  Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, spec]) => ({ method: method.toUpperCase(), path, spec })),
  );

/** Requests for one operation: valid, at the schema's edges, or hostile, from any caller. */
export const requestsFor = (operation: Operation, context: FuzzContext): fc.Arbitrary<FuzzRequest> =>
  fc.tuple(fc.constantFrom(...REQUEST_KINDS), fc.nat({ max: context.callers - 1 })).chain(([kind, caller]) =>
    fc
      .record({
        pathValues: pathValues(operation, kind, context),
        query: queryString(operation, kind),
        headers: headerValues(operation, kind),
        body: bodyOf(operation, kind),
      })
      .map(({ pathValues, query, headers, body }) => ({
        kind,
        caller,
        method: operation.method,
        url: `${fillPath(operation.path, pathValues)}${query}`,
        headers: { ...headers, ...(body ? { 'content-type': body.contentType } : {}) },
        ...(body ? { body: body.text } : {}),
      })),
  );

const parametersIn = (operation: Operation, place: Parameter['in']) =>
  (operation.spec.parameters ?? []).filter((parameter) => parameter.in === place);

function pathValues(operation: Operation, kind: RequestKind, context: FuzzContext) {
  const values = parametersIn(operation, 'path').map((parameter) => {
    const valid =
      parameter.schema.format === 'uuid'
        ? fc.oneof(
            { weight: 3, arbitrary: fc.constantFrom(...context.knownIds) },
            { weight: 1, arbitrary: fc.uuid() },
          )
        : validValue(parameter.schema);
    const value =
      kind === 'valid'
        ? valid
        : kind === 'boundary'
          ? fc.oneof(valid, boundaryValue(parameter.schema))
          : fc.oneof(valid, hostileText());
    return value.map((text) => [parameter.name, String(text)] as const);
  });
  return fc.tuple(...values).map((pairs) => Object.fromEntries(pairs));
}

const fillPath = (path: string, values: Record<string, string>) =>
  path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(wellFormed(values[name] ?? '')));

// A URL cannot carry half of a surrogate pair; browsers send the replacement character instead.
const wellFormed = (text: string) =>
  text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

function queryString(operation: Operation, kind: RequestKind) {
  const parameters = parametersIn(operation, 'query');
  if (parameters.length === 0) return fc.constant('');
  const model = Object.fromEntries(
    parameters.map((parameter) => [parameter.name, parameterValue(parameter, kind)]),
  );
  const required = parameters.filter((parameter) => parameter.required).map((parameter) => parameter.name);
  return fc.record(model, { requiredKeys: required }).map((query) => {
    const pairs = Object.entries(query).map(([name, value]): [string, string] => [name, scalarText(value)]);
    return pairs.length ? `?${new URLSearchParams(pairs).toString()}` : '';
  });
}

function headerValues(operation: Operation, kind: RequestKind) {
  const parameters = parametersIn(operation, 'header');
  const model = Object.fromEntries(
    parameters.map((parameter) => [
      parameter.name,
      parameterValue(parameter, kind).map((value) => headerSafe(scalarText(value))),
    ]),
  );
  return fc.record(model, { requiredKeys: [] });
}

const parameterValue = (parameter: Parameter, kind: RequestKind): fc.Arbitrary<unknown> =>
  kind === 'valid'
    ? validValue(parameter.schema)
    : kind === 'boundary'
      ? fc.oneof(validValue(parameter.schema), boundaryValue(parameter.schema))
      : fc.oneof(validValue(parameter.schema), hostileJson());

const scalarText = (value: unknown) => (typeof value === 'string' ? value : (JSON.stringify(value) ?? ''));

// HTTP clients refuse header values outside visible Latin-1; what they cannot send, no attacker can either.
const headerSafe = (text: string) => text.replace(/[^\x20-\x7e]/g, '?').slice(0, 4_000);

type Body = { contentType: string; text: string } | undefined;

function bodyOf(operation: Operation, kind: RequestKind): fc.Arbitrary<Body> {
  const content = operation.spec.requestBody?.content;
  if (!content)
    return kind === 'hostile' ? fc.option(hostileBodyText(), { nil: undefined }) : fc.constant(undefined);
  const json = content['application/json'];
  if (!json) {
    const contentType = Object.keys(content)[0] ?? 'application/octet-stream';
    return fc.oneof(hostileText(), fc.constant('')).map((text) => ({ contentType, text }));
  }
  const schema = json.schema;
  const value =
    kind === 'valid'
      ? validValue(schema)
      : kind === 'boundary'
        ? replacedAt(schema, boundaryValue)
        : hostileBody(schema);
  return value.map((body) =>
    typeof body === 'string' && body.startsWith('\u0001raw') ? rawJson(body) : jsonBody(body),
  );
}

const jsonBody = (value: unknown): Body => ({
  contentType: 'application/json',
  text: JSON.stringify(value) ?? 'null',
});
const rawJson = (tagged: string): Body => ({ contentType: 'application/json', text: tagged.slice(4) });

const hostileBodyText = () =>
  fc.constantFrom('{', '{"a":', '[1,2', '"unterminated', 'null', '{}', '\u0000').map((text) => ({
    contentType: 'application/json',
    text,
  }));

/** A valid body with one hostile change: a field replaced, a field added, or the whole body broken. */
const hostileBody = (schema: JsonSchema): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 4, arbitrary: replacedAt(schema, () => hostileJson()) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(validValue(schema), hostileKey(), hostileJson())
        .map(([body, key, value]) => (isObject(body) ? { ...body, [key]: value } : value)),
    },
    { weight: 1, arbitrary: hostileJson() },
    {
      weight: 1,
      arbitrary: fc.constantFrom('{', '[1,', '{"a":1,}', '\u0000').map((text) => `\u0001raw${text}`),
    },
  );

/** A valid body whose value at one place in the schema is replaced by `replacement(that place's schema)`. */
function replacedAt(schema: JsonSchema, replacement: (at: JsonSchema) => fc.Arbitrary<unknown>) {
  const places = placesOf(schema);
  return fc
    .tuple(validValue(schema), fc.constantFrom(...places))
    .chain(([body, place]) => replacement(place.schema).map((value) => setAt(body, place.path, value)));
}

type Place = { path: string[]; schema: JsonSchema };

function placesOf(schema: JsonSchema, path: string[] = []): Place[] {
  const here = { path, schema };
  if (!schema.properties) return [here];
  return [
    here,
    ...Object.entries(schema.properties).flatMap(([key, property]) => placesOf(property, [...path, key])),
  ];
}

function setAt(value: unknown, path: string[], replacement: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return replacement;
  const container = isObject(value) ? value : {};
  return { ...container, [head]: setAt(container[head], rest, replacement) };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
