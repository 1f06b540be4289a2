import type { PersonRole } from '../../../src/modules/cases/schema.ts';
import type { resources } from '../i18n/i18n.ts';

type RecordCatalog = (typeof resources)['es-MX']['web']['cases']['records'];
export type RecordFieldName = keyof RecordCatalog['fields'];
export type OptionGroup = keyof RecordCatalog['options'];

/**
 * One field of a case-record form. The kind decides the input and how its text becomes the API's
 * value; labels come from `cases.records.fields.<name>`, option labels from
 * `cases.records.options.<group>.<value>`.
 */
export type FieldSpec = {
  name: RecordFieldName;
  kind:
    | 'date'
    | 'select'
    | 'multiselect'
    | 'number'
    | 'text'
    | 'textarea'
    | 'person'
    | 'agency'
    | 'agencies'
    | 'confirm';
  /** The values offered may depend on the rest of the form (a measure's statuses on its kind). */
  options?: { group: OptionGroup; values: readonly string[] | ((values: FormValues) => readonly string[]) };
  /** For `person`: the roles the record accepts. */
  roles?: readonly PersonRole[];
  required?: boolean;
  /** Chosen once, at creation (who or what the record is about); a different one is a new record. */
  fixed?: boolean;
  /** Shown and sent only when the rest of the form calls for it (a relief only for immigration relief). */
  when?: (values: FormValues) => boolean;
  /** The value a new record starts with. */
  initial?: string;
};

export type FormValue = string | string[] | boolean;
export type FormValues = Record<string, FormValue>;

/** The fields the form shows and sends with these values. */
export const visibleFields = (fields: readonly FieldSpec[], values: FormValues) =>
  fields.filter((field) => !field.when || field.when(values));

/** The options a select offers with these values. */
export const optionValues = (field: FieldSpec, values: FormValues): readonly string[] => {
  const offered = field.options?.values ?? [];
  return typeof offered === 'function' ? offered(values) : offered;
};

const isList = (field: FieldSpec) => field.kind === 'multiselect' || field.kind === 'agencies';

function formValue(field: FieldSpec, value: unknown): FormValue {
  if (field.kind === 'confirm') return value === true;
  if (isList(field)) return Array.isArray(value) ? value.map(String) : [];
  return value === null || value === undefined ? '' : String(value);
}

/** The form's values: the defaults for a new record, the record's own to change one. */
export const initialValues = (
  fields: readonly FieldSpec[],
  record?: Readonly<Record<string, unknown>>,
): FormValues =>
  Object.fromEntries(
    fields.map((field) => [field.name, formValue(field, record ? record[field.name] : field.initial)]),
  );

function apiValue(field: FieldSpec, value: FormValue): unknown {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  if (text === '') return null;
  return field.kind === 'number' ? Number(text) : text;
}

/**
 * The request body. A new record sends what was filled in; a change sends only the fields that
 * changed, an emptied one as null (cleared), and never the fixed ones. A field the form no longer
 * shows counts as emptied (an acquittal drops the sentence).
 */
export function requestBody(
  fields: readonly FieldSpec[],
  values: FormValues,
  original?: FormValues,
): Record<string, unknown> {
  const shown = new Set(visibleFields(fields, values));
  const body: Record<string, unknown> = {};
  for (const field of fields) {
    const value = shown.has(field)
      ? (values[field.name] ?? formValue(field, undefined))
      : formValue(field, undefined);
    if (original) {
      if (field.fixed || JSON.stringify(value) === JSON.stringify(original[field.name])) continue;
      body[field.name] = apiValue(field, value);
    } else {
      const converted = apiValue(field, value);
      if (converted !== null && converted !== false) body[field.name] = converted;
    }
  }
  return body;
}
