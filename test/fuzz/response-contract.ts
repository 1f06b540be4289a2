import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { Operation } from './fuzz-requests.ts';
import type { JsonSchema } from './schema-arbitraries.ts';

export type Answer = { status: number; contentType: string; text: string };

/**
 * Whether an answer keeps the operation's published contract: the JSON body matches the schema the
 * OpenAPI document states for its status; statuses the document does not list (413, 415, 429 …) must
 * still be problem+json. Returns what is wrong, or undefined.
 */
export function contractChecker(problemSchema: JsonSchema) {
  // Decimal steps (0.01) are not exact in binary floating point; zod allows for that too.
  const ajv = new Ajv2020({ strict: false, validateFormats: true, multipleOfPrecision: 9 });
  addFormats.default(ajv);
  const compiled = new Map<string, ValidateFunction>();
  const validatorFor = (key: string, schema: JsonSchema) => {
    let validate = compiled.get(key);
    if (!validate) {
      validate = ajv.compile(schema);
      compiled.set(key, validate);
    }
    return validate;
  };
  const problem = validatorFor('problem', problemSchema);

  return (operation: Operation, answer: Answer): string | undefined => {
    if (answer.status >= 500) return `status ${answer.status}`;
    const declared = operation.spec.responses[String(answer.status)];
    if (!declared && answer.status < 400) return `undeclared status ${answer.status}`;
    if (answer.status === 204 || answer.status === 304)
      return answer.text === '' ? undefined : 'body on an empty status';
    if (!isJson(answer.contentType)) {
      const declaresOtherType = declared && Object.keys(declared.content ?? {}).some((type) => !isJson(type));
      return declaresOtherType ? undefined : `unexpected content type ${answer.contentType.split(';')[0]}`;
    }
    const body = parseJson(answer.text);
    if (body === undefined) return 'body is not JSON';
    const schema = declared?.content?.['application/json']?.schema;
    const validate = schema
      ? validatorFor(`${operation.method} ${operation.path} ${answer.status}`, schema)
      : problem;
    if (validate(body)) return undefined;
    const [first] = validate.errors ?? [];
    return `body breaks the schema at ${first?.instancePath || '/'}: ${first?.message ?? 'invalid'}`;
  };
}

const isJson = (contentType: string) => /^application\/(problem\+)?json\b/.test(contentType);

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
