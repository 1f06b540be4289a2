import { z } from 'zod';
import { bundleHeader, bundleRecord } from './bundle-format.ts';

export const BUNDLE_SCHEMA_FILE = 'docs/formats/enlace-bundle.schema.json';

/**
 * The published JSON Schema of one bundle line, generated from the schemas the importer validates with,
 * so that the document and the importer cannot disagree.
 */
export function bundleLineSchema(): Record<string, unknown> {
  const line = z.union([bundleHeader, bundleRecord]);
  return {
    ...z.toJSONSchema(line, { io: 'input', target: 'draft-2020-12' }),
    $id: 'urn:enlace:format:enlace-bundle:1',
    title: 'Enlace bundle line (version 1)',
    description:
      'One line of an Enlace bundle (JSON Lines). The first line is the header; every other line is a case, a person or another case record (exploitation, suspect role, legal track, protection, consent). See docs/formats/enlace-bundle.md.',
  };
}

export const bundleSchemaText = () => `${JSON.stringify(bundleLineSchema(), null, 2)}\n`;
