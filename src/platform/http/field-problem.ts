import { z } from 'zod';

/**
 * A use-case's refusal of one field of the request (a person of another case, say), answered like a
 * schema error: 400 with `errors[]` naming the field and the sentence `problems:field.<key>`.
 */
export const invalidField = (path: string, key: string): z.ZodError =>
  new z.ZodError([{ code: 'custom', path: [path], message: key, input: undefined, params: { key } }]);
