import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { EXTRACT_SCHEMA_FILE, extractSchemaText } from './extract-schema.ts';

// `node --import tsx src/modules/exchange/statistical-extract/write-extract-schema.ts`: regenerates the
// published schema after a change to the extract's zod schemas.
mkdirSync(dirname(EXTRACT_SCHEMA_FILE), { recursive: true });
writeFileSync(EXTRACT_SCHEMA_FILE, extractSchemaText());
