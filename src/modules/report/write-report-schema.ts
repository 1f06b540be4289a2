import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { annualReportSchemaText, REPORT_SCHEMA_FILE } from './report-schema.ts';

// `node --import tsx src/modules/report/write-report-schema.ts`: regenerates the published schema.
mkdirSync(dirname(REPORT_SCHEMA_FILE), { recursive: true });
writeFileSync(REPORT_SCHEMA_FILE, annualReportSchemaText());
