import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { BUNDLE_SCHEMA_FILE, bundleSchemaText } from './bundle-schema.ts';

// `npm run formats`: regenerates the published schema after a change to the bundle's zod schemas.
mkdirSync(dirname(BUNDLE_SCHEMA_FILE), { recursive: true });
writeFileSync(BUNDLE_SCHEMA_FILE, bundleSchemaText());
