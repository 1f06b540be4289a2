import type { z } from 'zod';
import type { Translate } from '../../platform/i18n/translate.ts';
import { localizeZodError } from '../../platform/i18n/validation-messages.ts';
import {
  type BundleCase,
  type BundlePerson,
  type BundleRecord,
  bundleHeader,
  bundleRecord,
} from './bundle-format.ts';
import { type RecordLine, requestOfLine } from './record-lines.ts';

/** Why one line of a file cannot be imported: the line, the field and a sentence, never the value. */
export type Reject = { line: number; id?: string; field: string; message: string };

/** A record line whose request passed the module's contract; its references still external ids. */
export type ParsedRecordLine = {
  line: number;
  record: RecordLine;
  request: Record<string, unknown>;
  extra: Record<string, unknown>;
};

export type ParsedBundle = {
  cases: { line: number; record: BundleCase }[];
  people: { line: number; record: BundlePerson }[];
  /** Exploitation, suspect roles, legal track, protection and consent, in the file's order. */
  records: ParsedRecordLine[];
};

/** A file read into records; `fieldName` names a field the way the file does, for later rejects. */
export type ReadBundle = {
  bundle: ParsedBundle;
  rejects: Reject[];
  fieldName?: (line: number, field: string) => string;
};

/** At most this many rejects are reported: past it the file is clearly of another kind. */
export const MAX_REJECTS = 1000;

/**
 * Reads and validates a whole bundle before anything is written: every line is checked, every reject
 * kept (up to MAX_REJECTS) and ids must be unique per record type. References to cases outside the file
 * are checked against the database afterwards (`rejectUnknownCases`).
 */
export function readBundle(text: string, t: Translate): ReadBundle {
  const bundle: ParsedBundle = { cases: [], people: [], records: [] };
  const rejects: Reject[] = [];
  const reject = (entry: Reject) => rejects.length < MAX_REJECTS && rejects.push(entry);
  const seen = new Map<string, Set<string>>();
  let headerRead = false;
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = index + 1;
    if (raw.trim() === '') continue;
    const value = parseJson(raw);
    if (value === undefined) {
      reject({ line, field: '', message: t('problems:import.malformed_line') });
    } else if (!headerRead) {
      headerRead = true;
      if (!bundleHeader.safeParse(value).success) {
        reject({ line, field: 'type', message: t('problems:import.missing_header') });
      }
    } else {
      const parsed = bundleRecord.safeParse(value);
      if (!parsed.success) rejectInvalid(parsed.error, value, line, t, reject);
      else {
        const record = parsed.data as BundleRecord;
        const ids = seen.get(record.type) ?? new Set<string>();
        seen.set(record.type, ids);
        if (ids.has(record.id)) {
          reject({ line, id: record.id, field: 'id', message: t('problems:import.duplicate_id') });
        } else {
          ids.add(record.id);
          addRecord(bundle, line, record, (error) => rejectInvalid(error, value, line, t, reject));
        }
      }
    }
  }
  if (!headerRead) reject({ line: 1, field: 'type', message: t('problems:import.missing_header') });
  return { bundle, rejects };
}

function addRecord(
  bundle: ParsedBundle,
  line: number,
  record: BundleRecord,
  invalid: (error: z.ZodError) => void,
): void {
  if (record.type === 'case') bundle.cases.push({ line, record: record as BundleCase });
  else if (record.type === 'person') bundle.people.push({ line, record: record as BundlePerson });
  else {
    const checked = requestOfLine(record as RecordLine);
    if (checked.success) bundle.records.push({ line, record: record as RecordLine, ...checked });
    else invalid(checked.error);
  }
}

/** One record line (not a case or person) checked as the bundle reader checks it, for other formats. */
export function parseRecordLine(value: unknown, line: number): ParsedRecordLine | z.ZodError {
  const parsed = bundleRecord.safeParse(value);
  if (!parsed.success) return parsed.error;
  const record = parsed.data as RecordLine;
  const checked = requestOfLine(record);
  return checked.success ? { line, record, ...checked } : checked.error;
}

/** Case ids that people name but the file does not define: they must have been imported before. */
export const outsideCaseIds = (bundle: ParsedBundle): string[] => {
  const inFile = new Set(bundle.cases.map(({ record }) => record.id));
  const named = [...bundle.people, ...bundle.records].map(({ record }) => record.case);
  return [...new Set(named)].filter((id) => !inFile.has(id));
};

export function rejectUnknownCases(bundle: ParsedBundle, known: ReadonlySet<string>, t: Translate): Reject[] {
  const inFile = new Set(bundle.cases.map(({ record }) => record.id));
  return bundle.people
    .filter(({ record }) => !inFile.has(record.case) && !known.has(record.case))
    .map(({ line, record }) => ({
      line,
      id: record.id,
      field: 'case',
      message: t('problems:import.unknown_case'),
    }));
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

function rejectInvalid(
  error: z.ZodError,
  value: unknown,
  line: number,
  t: Translate,
  reject: (entry: Reject) => void,
): void {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined;
  const safeId = typeof id === 'string' && /^[A-Za-z0-9._:-]{1,100}$/.test(id) ? id : undefined;
  for (const field of localizeZodError(error, value, t)) {
    reject({ line, ...(safeId && { id: safeId }), field: field.path, message: field.message });
  }
}
