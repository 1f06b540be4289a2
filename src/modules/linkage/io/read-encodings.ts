import path from 'node:path';
import { CLK_WORDS } from '../pprl/clk-schema.ts';
import type { EncodedRecord } from '../pprl/link-encodings.ts';
import { csvRows } from './csv-rows.ts';
import { ENCODED_HEADER } from './encode-file.ts';
import { LinkageInputError } from './input-error.ts';

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** Reads files written by `enlace link encode`; all must come from the same secret and field layout. */
export async function readEncodings(paths: readonly string[]): Promise<EncodedRecord[]> {
  const records: EncodedRecord[] = [];
  const seen = new Set<string>();
  let keyCheck: string | null = null;
  for (const file of paths) {
    let columns: number[] | null = null;
    for await (const { values, line } of csvRows(file)) {
      if (columns === null) {
        columns = ENCODED_HEADER.map((column) => values.indexOf(column));
        const missing = ENCODED_HEADER.find((_, index) => columns![index]! < 0);
        if (missing !== undefined) throw new LinkageInputError('missingColumn', file, line, missing);
        continue;
      }
      const [id = '', source = '', clk = '', check = ''] = columns.map((index) => values[index] ?? '');
      if (id === '') throw new LinkageInputError('emptyId', file, line, 'record_id');
      if (seen.has(id)) throw new LinkageInputError('duplicateId', file, line, 'record_id', id);
      const bytes = BASE64.test(clk) ? Buffer.from(clk, 'base64') : null;
      if (bytes?.length !== CLK_WORDS * 4) throw new LinkageInputError('badEncoding', file, line, 'clk');
      keyCheck ??= check;
      if (check !== keyCheck) throw new LinkageInputError('encodingMismatch', file, line, 'key_check', check);
      seen.add(id);
      const words = new Uint32Array(CLK_WORDS);
      new Uint8Array(words.buffer).set(bytes);
      records.push({ id, source: source || path.basename(file, path.extname(file)), clk: words });
    }
  }
  return records;
}
