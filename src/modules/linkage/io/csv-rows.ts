import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { LinkageInputError } from './input-error.ts';

export type CsvRow = { values: string[]; line: number };

/**
 * The rows of a CSV file with a header, streamed, each with its line number (the header is line 1).
 * Whitespace around separators is ignored, as the FEBRL files put a space after each comma.
 */
export async function* csvRows(path: string): AsyncGenerator<CsvRow, void, undefined> {
  const parser = parse({ bom: true, trim: true, info: true, skip_empty_lines: true, relax_quotes: false });
  // pipeline, not pipe: a file that cannot be read must fail the parser instead of leaving it waiting.
  pipeline(createReadStream(path), parser, () => {});
  let header: string[] = [];
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      if (header.length === 0) header = record;
      yield { values: record, line: info.lines };
    }
  } catch (error) {
    throw asInputError(error, path, header);
  }
}

function asInputError(error: unknown, path: string, header: readonly string[]): unknown {
  if (error instanceof CsvError) {
    const line = typeof error.lines === 'number' ? error.lines : null;
    if (error.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH') {
      return new LinkageInputError('columnCount', path, line, null, String(header.length));
    }
    const columnIndex = typeof error.column === 'number' ? error.column : -1;
    return new LinkageInputError('csvSyntax', path, line, header[columnIndex] ?? null);
  }
  if (
    error instanceof Error &&
    'code' in error &&
    typeof error.code === 'string' &&
    error.code.startsWith('E')
  ) {
    return new LinkageInputError('unreadable', path, null, null, error.message);
  }
  return error;
}
