import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { BUNDLE_SCHEMA_FILE, bundleLineSchema, bundleSchemaText } from './bundle-schema.ts';
import { RECORD_LINE_TYPES } from './record-lines.ts';

describe('the published bundle schema', () => {
  test('is the one generated from the importer’s schemas (run `npm run formats` after changing them)', () => {
    expect(readFileSync(BUNDLE_SCHEMA_FILE, 'utf8')).toBe(bundleSchemaText());
  });

  test('describes the header, cases, people and every other kind of case record', () => {
    const text = JSON.stringify(bundleLineSchema());
    for (const type of ['enlace-bundle', 'case', 'person', ...RECORD_LINE_TYPES]) {
      expect(text).toContain(`"const":"${type}"`);
    }
  });
});
