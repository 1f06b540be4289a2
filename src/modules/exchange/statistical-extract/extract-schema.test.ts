import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { EXTRACT_LINE_TYPES } from './extract-lines.ts';
import { EXTRACT_SCHEMA_FILE, extractLineSchema, extractSchemaText } from './extract-schema.ts';

describe('the published statistical extract schema', () => {
  test('is the one generated from the extract’s schemas (regenerate with write-extract-schema.ts)', () => {
    expect(readFileSync(EXTRACT_SCHEMA_FILE, 'utf8')).toBe(extractSchemaText());
  });

  test('describes the header and every kind of line the extract writes', () => {
    const text = JSON.stringify(extractLineSchema());
    for (const type of ['enlace-statistical-extract', ...EXTRACT_LINE_TYPES])
      expect(text).toContain(`"const":"${type}"`);
  });
});
