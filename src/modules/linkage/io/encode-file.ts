import { ClkEncoder } from '../pprl/clk.ts';
import { personClkFields } from '../pprl/clk-schema.ts';
import { prepareRecords } from '../prepare.ts';
import { writeCsv } from './csv-output.ts';
import type { InputMap } from './input-map.ts';
import { readLinkageRecords } from './read-records.ts';

export const ENCODED_HEADER = ['record_id', 'source', 'clk', 'key_check'] as const;

/**
 * `enlace link encode`: the party's records in, only their CLKs out (base64), with the record id and
 * source the party chooses to share, so names and dates never leave it.
 */
export async function encodeFile(options: {
  input: string;
  output: string;
  map: InputMap;
  secret: Buffer;
}): Promise<number> {
  const records = prepareRecords(await readLinkageRecords([options.input], options.map));
  const encoder = new ClkEncoder(options.secret, personClkFields(options.map.extras));
  const check = encoder.keyCheck();
  await writeCsv(
    options.output,
    ENCODED_HEADER,
    records.map((record) => {
      const clk = encoder.encode(record);
      return [
        record.id,
        record.source,
        Buffer.from(clk.buffer, clk.byteOffset, clk.byteLength).toString('base64'),
        check,
      ];
    }),
  );
  return records.length;
}
