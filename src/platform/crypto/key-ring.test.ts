import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { activeKey, addKey, createKeyRing, isLive, liveKey, retireKey } from './key-ring.ts';
import { serialiseKeyRing } from './key-ring-document.ts';
import { problemOf } from './test-fixtures/problem-of.ts';

const january = new Date('2026-01-01T00:00:00.000Z');
const june = new Date('2026-06-01T00:00:00.000Z');

describe('key ring', () => {
  it('starts with one active 256-bit key and a separate blind-index key', () => {
    const ring = createKeyRing(january);
    expect(ring.activeKeyId).toBe('k1');
    expect(ring.keys).toEqual([expect.objectContaining({ id: 'k1', created: january.toISOString() })]);
    expect(activeKey(ring).secret.symmetricKeySize).toBe(32);
    expect(ring.blindIndexKey.secret.symmetricKeySize).toBe(32);
    expect(ring.blindIndexKey.secret.equals(activeKey(ring).secret)).toBe(false);
  });

  it('adds a new active key, keeping the old ones and the blind-index key', () => {
    const ring = createKeyRing(january);
    const rotated = addKey(ring, june);
    expect(rotated.activeKeyId).toBe('k2');
    expect(rotated.keys.map((key) => [key.id, key.created])).toEqual([
      ['k1', january.toISOString()],
      ['k2', june.toISOString()],
    ]);
    expect(liveKey(rotated, 'k1')).toBe(ring.keys[0]);
    expect(rotated.blindIndexKey).toBe(ring.blindIndexKey);
    expect(ring.activeKeyId).toBe('k1');
  });

  it('retires a key by destroying its material and recording the date', () => {
    const retired = retireKey(addKey(createKeyRing(january)), 'k1', june);
    expect(retired.keys[0]).toEqual({
      id: 'k1',
      created: january.toISOString(),
      retired: june.toISOString(),
    });
    expect(isLive(retired.keys[0]!)).toBe(false);
    expect(serialiseKeyRing(retired).keys[0]).not.toHaveProperty('secret');
  });

  it('keeps the first retirement date when a key is retired twice', () => {
    const once = retireKey(addKey(createKeyRing()), 'k1', january);
    expect(retireKey(once, 'k1', june)).toBe(once);
  });

  it('refuses to retire the active key', () => {
    const ring = addKey(createKeyRing());
    expect(problemOf(() => retireKey(ring, 'k2'))).toMatchObject({
      code: 'key_active',
      params: { keyId: 'k2' },
    });
  });

  it('refuses to retire a key it does not hold', () => {
    expect(problemOf(() => retireKey(createKeyRing(), 'k7')).code).toBe('key_unknown');
  });

  it('never reuses the id of a retired key', () => {
    const ring = addKey(retireKey(addKey(createKeyRing()), 'k1'));
    expect(ring.keys.map((key) => key.id)).toEqual(['k1', 'k2', 'k3']);
  });

  it('refuses to hand out a retired key', () => {
    const ring = retireKey(addKey(createKeyRing()), 'k1');
    expect(problemOf(() => liveKey(ring, 'k1')).code).toBe('key_retired');
  });

  it('shows no key material when printed or logged', () => {
    const ring = createKeyRing();
    const material = serialiseKeyRing(ring).keys.flatMap((key) => ('secret' in key ? [key.secret] : []));
    const printed = `${inspect(ring, { depth: 10 })} ${JSON.stringify(ring)}`;
    for (const secret of [...material, serialiseKeyRing(ring).blindIndexKey.secret]) {
      expect(printed).not.toContain(secret);
    }
  });
});
