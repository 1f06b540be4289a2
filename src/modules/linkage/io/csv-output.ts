import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { stringify } from 'csv-stringify';

/** Writes rows as CSV with a header, streaming, so a million rows never sit in one string. */
export async function writeCsv(
  path: string,
  header: readonly string[],
  rows: Iterable<readonly unknown[]>,
): Promise<void> {
  const file = createWriteStream(path);
  const csv = stringify({ header: true, columns: [...header] });
  csv.pipe(file);
  for (const row of rows) {
    if (!csv.write(row)) await once(csv, 'drain');
  }
  csv.end();
  await once(file, 'finish');
}
