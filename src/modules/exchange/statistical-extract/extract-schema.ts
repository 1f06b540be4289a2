import { z } from 'zod';
import { extractHeader, extractRecordLine } from './extract-format.ts';

export const EXTRACT_SCHEMA_FILE = 'docs/formats/statistical-extract.schema.json';

/**
 * The published JSON Schema of one line of the statistician's extract (JSON Lines), generated from the
 * schemas the database tests hold every extract to, so that the document and the extract cannot disagree.
 */
export function extractLineSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(z.union([extractHeader, extractRecordLine]), { io: 'output', target: 'draft-2020-12' }),
    $id: 'urn:enlace:format:statistical-extract:1',
    title: "Enlace statistician's de-identified extract line (version 1)",
    description:
      'One line of a statistical extract (JSON Lines). The first line is the header; every other line is a case, a person or another case record, with keyed pseudonyms for ids and years for dates. See docs/formats/statistical-extract.md.',
  };
}

export const extractSchemaText = () => `${JSON.stringify(extractLineSchema(), null, 2)}\n`;
