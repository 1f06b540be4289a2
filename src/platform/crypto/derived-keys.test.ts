import { describe, expect, it } from 'vitest';
import { deriveKey } from './derived-keys.ts';
import { activeKey, createKeyRing } from './key-ring.ts';
import { parseKeyRing, serialiseKeyRing } from './key-ring-document.ts';

const master = activeKey(createKeyRing()).secret;
const persons = { table: 'persons', column: 'given_names' };

describe('deriveKey', () => {
  it('derives one 256-bit key per purpose and column, different from the master key', () => {
    const keys = [
      deriveKey(master, 'field', persons),
      deriveKey(master, 'field', { ...persons, column: 'family_names' }),
      deriveKey(master, 'field', { table: 'contacts', column: 'given_names' }),
      deriveKey(master, 'blind', persons),
      master,
    ];
    const material = new Set(keys.map((key) => key.export().toString('hex')));
    expect(material.size).toBe(keys.length);
    expect(keys[0]!.symmetricKeySize).toBe(32);
  });

  it('derives each key once and reuses it', () => {
    expect(deriveKey(master, 'field', persons)).toBe(deriveKey(master, 'field', persons));
  });

  it('derives the same key again from the same material, as after a restart', () => {
    const ring = createKeyRing();
    const reloaded = parseKeyRing(serialiseKeyRing(ring), 'test');
    const before = deriveKey(activeKey(ring).secret, 'field', persons);
    const after = deriveKey(activeKey(reloaded).secret, 'field', persons);
    expect(after).not.toBe(before);
    expect(after.equals(before)).toBe(true);
    expect(after.equals(deriveKey(master, 'field', persons))).toBe(false);
  });
});
