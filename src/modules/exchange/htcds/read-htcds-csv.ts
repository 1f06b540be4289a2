import { CsvError } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import type { Translate } from '../../../platform/i18n/translate.ts';
import { localizeZodError } from '../../../platform/i18n/validation-messages.ts';
import { type BundleCase, bundleCase, bundlePerson } from '../bundle-format.ts';
import {
  MAX_REJECTS,
  type ParsedBundle,
  parseRecordLine,
  type ReadBundle,
  type Reject,
} from '../read-bundle.ts';
import { HTCDS_COLUMNS, type HtcdsColumn, type HtcdsRow } from './columns.ts';
import { recordLinesOfRow } from './record-columns.ts';
import { type CellProblem, rowToRecords, type Sources } from './row-to-records.ts';

/**
 * Reads an HTCDS CSV into the bundle records the importer plans and writes, so both formats share one
 * validation, idempotency and all-or-nothing path. Rejects name the row (the header is row 1) and the
 * column. Columns Enlace does not read are ignored.
 */
export function readHtcdsCsv(text: string, t: Translate): ReadBundle {
  const bundle: ParsedBundle = { cases: [], people: [], records: [] };
  const rejects: Reject[] = [];
  const reject = (entry: Reject) => rejects.length < MAX_REJECTS && rejects.push(entry);
  const rowSources = new Map<number, Sources>();
  const rows = parseRows(text);
  if (rows instanceof CsvError) {
    reject({ line: Number(rows.lines) || 1, field: '', message: t('problems:import.malformed_csv') });
    return { bundle, rejects };
  }
  const casesById = new Map<string, BundleCase>();
  const peopleIds = new Set<string>();
  const recordIds = new Map<string, Set<string>>();
  for (const [index, row] of rows.entries()) {
    const line = index + 2;
    const { caseRecord, person, problems } = rowToRecords(row);
    for (const { column, key, params } of problems)
      reject({ line, field: column, message: t(`problems:${key}`, { path: column, ...params }) });
    rowSources.set(
      line,
      new Map([...person.sources, ...[...caseRecord.sources].filter(([path]) => path !== 'id')]),
    );
    const parsedCase = validated(bundleCase, caseRecord, line, t, reject);
    const parsedPerson = validated(bundlePerson, person, line, t, reject);
    if (parsedCase) {
      const earlier = casesById.get(parsedCase.id);
      const differing = earlier && differingField(earlier, parsedCase);
      if (differing)
        reject({
          line,
          field: columnOf(caseRecord.sources, differing),
          message: t('problems:import.case_rows_differ'),
        });
      if (!earlier) {
        casesById.set(parsedCase.id, parsedCase);
        bundle.cases.push({ line, record: parsedCase });
      }
    }
    if (parsedPerson && peopleIds.has(parsedPerson.id)) {
      reject({
        line,
        id: parsedPerson.id,
        field: 'enlace_PersonId',
        message: t('problems:import.duplicate_id'),
      });
    } else if (parsedPerson) {
      peopleIds.add(parsedPerson.id);
      bundle.people.push({ line, record: parsedPerson });
    }
    if (!parsedPerson) continue;
    const links = { case: parsedPerson.case, person: parsedPerson.id };
    const cell = (column: HtcdsColumn) => (row[column] === '' ? undefined : row[column]);
    const recordProblems: CellProblem[] = [];
    const read = recordLinesOfRow(cell, links, parsedPerson.publicOfficial, recordProblems);
    for (const { column, key, params } of recordProblems)
      reject({ line, field: column, message: t(`problems:${key}`, { path: column, ...params }) });
    const sources = rowSources.get(line) ?? new Map();
    for (const [field, column] of read.sources) sources.set(field, column);
    sources.set('person', 'enlace_PersonId');
    if (recordProblems.length > 0) continue;
    for (const value of read.lines) {
      const parsed = parseRecordLine(value, line);
      if (parsed instanceof z.ZodError) {
        for (const { path, message } of localizeZodError(parsed, value, t)) {
          const column = columnOf(sources, path);
          reject({ line, field: column, message: message.replace(`${path}:`, `${column}:`) });
        }
        continue;
      }
      const ids = recordIds.get(parsed.record.type) ?? new Set<string>();
      recordIds.set(parsed.record.type, ids);
      if (ids.has(parsed.record.id)) {
        reject({
          line,
          id: parsed.record.id,
          field: columnOf(sources, 'forms'),
          message: t('problems:import.duplicate_id'),
        });
      } else {
        ids.add(parsed.record.id);
        bundle.records.push(parsed);
      }
    }
  }
  const fieldName = (line: number, field: string) => columnOf(rowSources.get(line) ?? new Map(), field);
  return { bundle, rejects, fieldName };
}

/** The rows as objects by header name; unknown columns dropped. */
function parseRows(text: string): HtcdsRow[] | CsvError {
  try {
    const [header = [], ...rows] = parse(text, {
      bom: true,
      trim: true,
      skip_empty_lines: true,
    }) as string[][];
    const known = header.map((name) =>
      (HTCDS_COLUMNS as readonly string[]).includes(name) ? name : undefined,
    );
    return rows.map((values) =>
      Object.fromEntries(known.flatMap((name, at) => (name ? [[name, values[at] ?? '']] : []))),
    );
  } catch (error) {
    if (error instanceof CsvError) return error;
    throw error;
  }
}

function validated<Schema extends z.ZodType>(
  schema: Schema,
  { record, sources }: { record: Record<string, unknown>; sources: Sources },
  line: number,
  t: Translate,
  reject: (entry: Reject) => void,
): z.infer<Schema> | undefined {
  const parsed = schema.safeParse(record);
  if (parsed.success) return parsed.data;
  for (const { path, message } of localizeZodError(parsed.error, record, t)) {
    const column = columnOf(sources, path);
    // Messages begin with the Enlace field's path; the CSV's reader knows the column instead.
    reject({ line, field: column, message: message.replace(`${path}:`, `${column}:`) });
  }
  return undefined;
}

/** The column a field came from: the longest path prefix read, so `contacts.0.phone` finds its cell. */
function columnOf(sources: Sources, path: string): HtcdsColumn | string {
  const segments = path.split('.');
  for (let length = segments.length; length > 0; length -= 1) {
    const column = sources.get(segments.slice(0, length).join('.'));
    if (column) return column;
  }
  return path;
}

function differingField(earlier: BundleCase, later: BundleCase): string | undefined {
  const fields = new Set([...Object.keys(earlier), ...Object.keys(later)]) as Set<keyof BundleCase>;
  return [...fields].find((field) => earlier[field] !== later[field]);
}
