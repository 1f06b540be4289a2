import { createSecretKey, hkdfSync, type KeyObject } from 'node:crypto';
import { checkFieldName, type FieldName } from './field-context.ts';

/** `pseudonym`: the keyed ids of a statistician's de-identified export, one key per export purpose. */
export type KeyPurpose = 'field' | 'blind' | 'pseudonym';

// Keyed by the master key object: a reloaded or retired key drops its derived keys with it.
const cache = new WeakMap<KeyObject, Map<string, KeyObject>>();

/**
 * One key per purpose and column (HKDF-SHA256, label `enlace:<purpose>:<table>.<column>`), so a value
 * encrypted or indexed for one column says nothing about any other.
 */
export function deriveKey(master: KeyObject, purpose: KeyPurpose, name: FieldName): KeyObject {
  checkFieldName(name);
  const label = `enlace:${purpose}:${name.table}.${name.column}`;
  let derived = cache.get(master);
  if (!derived) {
    derived = new Map();
    cache.set(master, derived);
  }
  let key = derived.get(label);
  if (!key) {
    key = createSecretKey(Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), label, 32)));
    derived.set(label, key);
  }
  return key;
}
