import type { FastifySchemaValidationError } from 'fastify';
import type { z } from 'zod';
import type { Translate } from './translate.ts';

export type FieldError = { path: string; code: string; message: string };

type IssueParams = {
  expected?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  keys?: string[];
  values?: unknown[];
  format?: string;
  /** A refinement's own message key, set with `refine(…, { params: { key } })`. */
  params?: { key?: string };
};

/** Turns schema validation issues into one localized sentence per field, never echoing the input. */
export function localizeValidation(
  issues: FastifySchemaValidationError[],
  context: string | undefined,
  input: unknown,
  t: Translate,
): FieldError[] {
  return issues.map((issue) => {
    const segments = issue.instancePath.split('/').filter(Boolean);
    const path =
      [context === 'body' ? '' : context, ...segments].filter(Boolean).join('.') || t('problems:root');
    const params = (issue.params ?? {}) as IssueParams;
    const missing = issue.keyword === 'invalid_type' && valueAt(input, segments) === undefined;
    const code = missing ? 'required' : issue.keyword;
    return { path, code, message: messageFor(code, params, path, t) };
  });
}

function messageFor(code: string, params: IssueParams, path: string, t: Translate): string {
  switch (code) {
    case 'required':
      return t('problems:field.required', { path });
    case 'invalid_type':
      return t('problems:field.invalid_type', { path, expected: typeName(params.expected, t) });
    case 'too_small':
    case 'too_big': {
      const origin = ['string', 'array'].includes(params.origin ?? '') ? params.origin : 'number';
      const limits = { minimum: String(params.minimum), maximum: String(params.maximum) };
      return t(`problems:field.${code}_${origin}`, { path, ...limits });
    }
    case 'unrecognized_keys':
      return t('problems:field.unrecognized_keys', {
        path,
        keys: (params.keys ?? []).map(safeKeyName).join(', '),
      });
    case 'invalid_value':
      return t('problems:field.invalid_value', {
        path,
        options: (params.values ?? []).map(String).join(', '),
      });
    case 'invalid_format':
      return t('problems:field.invalid_format', { path, format: params.format ?? '' });
    case 'custom':
      return params.params?.key
        ? t(`problems:field.${params.params.key}`, { path })
        : t('problems:field.invalid', { path });
    default:
      return t('problems:field.invalid', { path });
  }
}

/** Field names are echoed to help the caller, but only when they look like field names, not data. */
export const safeKeyName = (key: string) => (/^[A-Za-z_][A-Za-z0-9_]{0,39}$/.test(key) ? key : '…');

function typeName(expected: string | undefined, t: Translate): string {
  return expected ? t(`problems:types.${expected}`, { defaultValue: expected }) : '';
}

function valueAt(input: unknown, segments: string[]): unknown {
  let current = input;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/** The same sentences for zod errors raised outside HTTP (CLI arguments, import files). */
export function localizeZodError(error: z.ZodError, input: unknown, t: Translate): FieldError[] {
  const issues = error.issues.map((issue) => {
    const { path, code, message: _message, ...params } = issue as z.core.$ZodIssue & Record<string, unknown>;
    return { keyword: code, instancePath: `/${path.join('/')}`, schemaPath: '', params, message: '' };
  });
  return localizeValidation(issues, 'body', input, t);
}
