import { CryptoProblem } from './crypto-problem.ts';

/** A column holding protected values. Names are SQL identifiers, so key labels cannot be ambiguous. */
export type FieldName = { table: string; column: string };

/**
 * Where one encrypted value lives. The row id must be known before the row is written (a UUID made by
 * the application, or a sequence value taken first), because the ciphertext is bound to it.
 */
export type FieldContext = FieldName & { rowId: string };

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

export function checkFieldName({ table, column }: FieldName): void {
  // The offending value is not echoed: a caller could have passed personal data by mistake.
  if (!IDENTIFIER.test(table)) throw new CryptoProblem('context_invalid', { part: 'table' });
  if (!IDENTIFIER.test(column)) throw new CryptoProblem('context_invalid', { part: 'column' });
}

/** Binds a ciphertext to its format, key, table, column and row, so it cannot be moved or relabelled. */
export function associatedData(keyId: string, context: FieldContext): Buffer {
  checkFieldName(context);
  if (typeof context.rowId !== 'string' || context.rowId === '') {
    throw new CryptoProblem('context_invalid', { part: 'rowId' });
  }
  return Buffer.from(
    JSON.stringify(['enlace-field-v1', keyId, context.table, context.column, context.rowId]),
  );
}
