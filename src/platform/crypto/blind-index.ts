import { createHmac } from 'node:crypto';
import { deriveKey } from './derived-keys.ts';
import type { FieldName } from './field-context.ts';
import type { KeyRing } from './key-ring.ts';
import type { Normaliser } from './normalise.ts';

/** A column's blind index: where it lives and how its values are normalised before hashing. */
export type BlindIndexColumn = FieldName & { normalise: Normaliser };

/**
 * HMAC-SHA256 (base64url) of the normalised value under a key derived for this column from the
 * ring's blind-index key, which does not rotate with the encryption keys. Without the key an index
 * cannot be computed from a guessed CURP or name, unlike a plain hash. The accepted leak: equal
 * values in one column have equal indexes, so anyone who reads the table sees which rows share a value.
 * Null, and a value empty once normalised, give null: absence never matches absence.
 */
export function blindIndex(ring: KeyRing, column: BlindIndexColumn, value: string | null): string | null {
  if (value === null) return null;
  const normalised = column.normalise(value);
  if (normalised === '') return null;
  return createHmac('sha256', deriveKey(ring.blindIndexKey.secret, 'blind', column))
    .update(normalised, 'utf8')
    .digest('base64url');
}
