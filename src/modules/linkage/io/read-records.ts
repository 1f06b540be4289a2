import path from 'node:path';
import { parseCurp } from '../normalise/curp.ts';
import { normaliseNationality } from '../normalise/nationality.ts';
import { parsePartialDate } from '../normalise/partial-date.ts';
import { normalisePhone } from '../normalise/phone.ts';
import { parseSex } from '../normalise/sex.ts';
import type { LinkageRecord } from '../record.ts';
import { csvRows } from './csv-rows.ts';
import { LinkageInputError } from './input-error.ts';
import type { InputMap, StandardField } from './input-map.ts';

/**
 * Reads and checks the input files. Any value that cannot be understood stops the run with the file,
 * line and column, so nothing is linked on a guess; record ids must be unique across all files.
 */
export async function readLinkageRecords(paths: readonly string[], map: InputMap): Promise<LinkageRecord[]> {
  const records: LinkageRecord[] = [];
  const seen = new Set<string>();
  for (const file of paths) {
    for await (const { record, line } of readFile(file, map)) {
      if (seen.has(record.id))
        throw new LinkageInputError('duplicateId', file, line, map.columns.record_id, record.id);
      seen.add(record.id);
      records.push(record);
    }
  }
  return records;
}

async function* readFile(file: string, map: InputMap) {
  let columnOf: ((field: string) => number) | null = null;
  let extraColumns: number[][] = [];
  const defaultSource = path.basename(file, path.extname(file));
  for await (const { values, line } of csvRows(file)) {
    if (columnOf === null) {
      columnOf = headerLookup(values, file);
      const lookup = columnOf;
      requireColumns(file, values, map.requiredColumns);
      extraColumns = map.extras.map((extra) => extra.columns.map(lookup));
      continue;
    }
    const lookup = columnOf;
    const value = (field: StandardField) => {
      const index = lookup(map.columns[field]);
      return index < 0 ? '' : (values[index] ?? '');
    };
    const check = <T>(
      field: StandardField,
      parsed: T | undefined,
      problem: 'badDate' | 'badSex' | 'badCurp' | 'badPhone',
    ) => {
      if (parsed === undefined)
        throw new LinkageInputError(problem, file, line, map.columns[field], value(field));
      return parsed;
    };
    const id = value('record_id');
    if (id === '') throw new LinkageInputError('emptyId', file, line, map.columns.record_id);
    const record: LinkageRecord = {
      id,
      source: value('source') || defaultSource,
      givenNames: value('given_names'),
      surname1: value('surname_1'),
      surname2: value('surname_2'),
      sex: check('sex', parseSex(value('sex'), map.sexValues), 'badSex'),
      birthDate: check('birth_date', parsePartialDate(value('birth_date'), map.dateLayout), 'badDate'),
      nationality: normaliseNationality(value('nationality')),
      curp: check('curp', parseCurp(value('curp')), 'badCurp'),
      phone: check('phone', normalisePhone(value('phone')), 'badPhone'),
      extras: extraColumns.map((indices) => indices.map((index) => values[index] ?? '').join(' ')),
    };
    yield { record, line };
  }
}

function headerLookup(header: readonly string[], file: string): (column: string) => number {
  const positions = new Map<string, number>();
  header.forEach((column, index) => {
    if (positions.has(column)) throw new LinkageInputError('duplicateColumn', file, 1, column);
    positions.set(column, index);
  });
  return (column) => positions.get(column) ?? -1;
}

function requireColumns(file: string, header: readonly string[], columns: readonly string[]): void {
  const missing = columns.find((column) => !header.includes(column));
  if (missing !== undefined) throw new LinkageInputError('missingColumn', file, 1, missing);
}
