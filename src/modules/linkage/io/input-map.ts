import { z } from 'zod';
import type { BlockingKeyPart, BlockingRuleSpec } from '../model/spec.ts';
import type { DateLayout } from '../normalise/partial-date.ts';
import { type SexVocabulary, sexVocabulary } from '../normalise/sex.ts';
import type { ExtraColumn } from '../record.ts';

/** The fields of the default layout, which is also the header a file needs no map for. */
export const STANDARD_FIELDS = [
  'record_id',
  'source',
  'given_names',
  'surname_1',
  'surname_2',
  'sex',
  'birth_date',
  'nationality',
  'curp',
  'phone',
] as const;
export type StandardField = (typeof STANDARD_FIELDS)[number];

/** Blocking key parts as a map names them; any other name is an extra column. */
const KEY_PARTS: Readonly<Record<string, BlockingKeyPart>> = {
  birth_date: 'birthDate',
  birth_year: 'birthYear',
  birth_year_month: 'birthYearMonth',
  birth_month_day: 'birthMonthDay',
  given_name: 'givenName',
  surname: 'surname',
  surname_pair: 'surnamePair',
  name_word: 'nameWord',
  name_word_pair: 'nameWordPair',
  curp_stem: 'curpStem',
  phone: 'phone',
};

const mapSchema = z
  .strictObject({
    /** Standard field → the file's column for it; unmapped fields use a column of their own name. */
    columns: z.partialRecord(z.enum(STANDARD_FIELDS), z.string().min(1)).default({}),
    birth_date_format: z.enum(['iso', 'yyyymmdd', 'dd/mm/yyyy']).default('iso'),
    /** The file's codes for sex, such as { "H": "M", "M": "F" } for files that write hombre/mujer. */
    sex_values: z.record(z.string().min(1), z.enum(['F', 'M', 'X'])).optional(),
    /** More columns to compare; several columns are joined with spaces into one value. */
    extra: z
      .array(
        z.strictObject({
          name: z.string().regex(/^[a-z][a-z0-9_]*$/),
          columns: z.array(z.string().min(1)).min(1),
          kind: z.enum(['text', 'code']).default('text'),
        }),
      )
      .default([]),
    /** More blocking rules, each a list of key parts, such as ["postcode", "given_name"]. */
    blocking: z
      .array(z.array(z.string().min(1)).min(1))
      .max(20)
      .default([]),
  })
  .refine(
    (map) =>
      map.blocking
        .flat()
        .every((part) => part in KEY_PARTS || map.extra.some((extra) => extra.name === part)),
    { path: ['blocking'], message: 'unknown blocking key part' },
  );

export type InputMap = {
  columns: Readonly<Record<StandardField, string>>;
  /** Columns the file must have: the record id, every column the map names, every extra column. */
  requiredColumns: readonly string[];
  dateLayout: DateLayout;
  sexValues: SexVocabulary | undefined;
  extras: readonly (ExtraColumn & { columns: readonly string[] })[];
  blockingRules: readonly BlockingRuleSpec[];
};

/** Throws a `z.ZodError` naming the offending key when the JSON does not fit. */
export function parseInputMap(json: unknown): InputMap {
  const map = mapSchema.parse(json);
  const columns = Object.fromEntries(STANDARD_FIELDS.map((field) => [field, map.columns[field] ?? field]));
  return {
    columns: columns as Record<StandardField, string>,
    requiredColumns: [
      ...new Set([
        columns.record_id!,
        ...Object.values(map.columns),
        ...map.extra.flatMap((extra) => extra.columns),
      ]),
    ],
    dateLayout: map.birth_date_format,
    sexValues: map.sex_values ? sexVocabulary(map.sex_values) : undefined,
    extras: map.extra,
    blockingRules: map.blocking.map((parts) => ({
      name: parts.join(' + '),
      on: parts.map((part) => KEY_PARTS[part] ?? (`extra:${part}` as const)),
    })),
  };
}

export const DEFAULT_MAP: InputMap = parseInputMap({});
