import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { safeKeyName } from '../i18n/validation-messages.ts';

type Path = (string | number)[];

/** Parsed JSON's objects; not a streamed upload or a file's bytes, which other routes take. */
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null &&
  typeof value === 'object' &&
  [Object.prototype, null].includes(Object.getPrototypeOf(value));

/** Where `value` holds U+0000: in a string, or in an object's key. */
export function nulPaths(value: unknown, path: Path = []): Path[] {
  if (typeof value === 'string') return value.includes('\u0000') ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => nulPaths(item, [...path, index]));
  if (!isPlainObject(value)) return [];
  // A key holding U+0000, or not looking like a field name, is shown as '…' (safeKeyName).
  return Object.entries(value).flatMap(([key, item]) =>
    key.includes('\u0000') ? [[...path, safeKeyName(key)]] : nulPaths(item, [...path, safeKeyName(key)]),
  );
}

/**
 * PostgreSQL's text and jsonb cannot hold U+0000 (JSON lets a string carry it as `\u0000`): a field
 * that did was refused by the database, and the request ended in a 500. Every JSON body and query
 * string is checked once it has passed its schema, and such a field is answered as any invalid field
 * is, 400 with the field named in the caller's language, before anything is read or written.
 */
export function registerNulRefusal(app: FastifyInstance): void {
  app.addHook('preHandler', async (request) => {
    const paths = [...nulPaths(request.body), ...nulPaths(request.query, ['querystring'])];
    if (paths.length === 0) return;
    throw new z.ZodError(
      paths.map((path) => ({
        code: 'custom',
        path,
        message: '',
        params: { key: 'nul_character' },
        input: '',
      })),
    );
  });
}
