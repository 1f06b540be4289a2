/** A plain value a history entry may show: what neither identifies nor locates anyone. */
export type ShownValue = string | number | boolean | null | (string | number)[];

/**
 * One changed field. Protected fields (encrypted at rest) are named without values: history must not
 * become a plaintext copy of what the field encryption protects.
 */
export type FieldChange =
  | { field: string; from: ShownValue; to: ShownValue }
  | { field: string; protected: true };

/** How each field of a record is kept in history: with its values, or named only. */
export type HistorySpec<Fields extends string> = Readonly<Record<Fields, 'shown' | 'protected'>>;

const normalised = (value: unknown): ShownValue => {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return [...value].map((item) => (typeof item === 'number' ? item : String(item)));
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
};

const same = (a: ShownValue, b: ShownValue) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The fields a patch changes, in the spec's order. A field absent from the patch is unchanged; a field
 * present with null is cleared. Values are compared after normalising dates and lists.
 */
export function fieldChanges<Fields extends string>(
  spec: HistorySpec<Fields>,
  before: Readonly<Partial<Record<Fields, unknown>>>,
  patch: Readonly<Partial<Record<Fields, unknown>>>,
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of Object.keys(spec) as Fields[]) {
    if (!Object.hasOwn(patch, field) || patch[field] === undefined) continue;
    const from = normalised(before[field]);
    const to = normalised(patch[field]);
    if (same(from, to)) continue;
    changes.push(spec[field] === 'protected' ? { field, protected: true } : { field, from, to });
  }
  return changes;
}

/** The fields of a new record, as a history entry shows its creation. */
export function creationChanges<Fields extends string>(
  spec: HistorySpec<Fields>,
  created: Readonly<Partial<Record<Fields, unknown>>>,
): FieldChange[] {
  const nothing: Partial<Record<Fields, unknown>> = {};
  return fieldChanges(spec, nothing, created).filter((change) => !('to' in change) || change.to !== null);
}
