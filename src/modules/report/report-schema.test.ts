import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annualReportSchemaText, REPORT_SCHEMA_FILE } from './report-schema.ts';

describe('published annual report schema', () => {
  it('is the one generated from the zod schema (regenerate with write-report-schema.ts)', () => {
    expect(readFileSync(REPORT_SCHEMA_FILE, 'utf8')).toBe(annualReportSchemaText());
  });
});
