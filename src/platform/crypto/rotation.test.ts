import { describe, expect, it } from 'vitest';
import { decryptField, encryptField, needsReencryption, reencryptField } from './field-encryption.ts';
import { addKey, createKeyRing, retireKey } from './key-ring.ts';
import { problemOf } from './test-fixtures/problem-of.ts';

const here = { table: 'persons', column: 'family_names', rowId: '7' };
const original = createKeyRing();
const oldToken = encryptField(original, here, 'Hernández Ruiz');
const rotated = addKey(original);

describe('rotation', () => {
  it('keeps tokens under the old key readable', () => {
    expect(decryptField(rotated, here, oldToken)).toBe('Hernández Ruiz');
  });

  it('encrypts new values with the new key', () => {
    expect(encryptField(rotated, here, 'Hernández Ruiz')).toMatch(/^v1\.k2\./);
  });

  it('says which tokens still need re-encryption', () => {
    expect(needsReencryption(rotated, oldToken)).toBe(true);
    expect(needsReencryption(rotated, encryptField(rotated, here, 'x'))).toBe(false);
    expect(needsReencryption(rotated, null)).toBe(false);
    expect(problemOf(() => needsReencryption(rotated, 'v1.k1.damaged')).code).toBe('token_malformed');
  });

  it('re-encrypts under the active key, and leaves current tokens and null as they are', () => {
    const renewed = reencryptField(rotated, here, oldToken)!;
    expect(renewed).toMatch(/^v1\.k2\./);
    expect(decryptField(rotated, here, renewed)).toBe('Hernández Ruiz');
    expect(reencryptField(rotated, here, renewed)).toBe(renewed);
    expect(reencryptField(rotated, here, null)).toBeNull();
  });

  it('keeps re-encrypted values readable once the old key is retired', () => {
    const renewed = reencryptField(rotated, here, oldToken)!;
    const retired = retireKey(rotated, 'k1');
    expect(decryptField(retired, here, renewed)).toBe('Hernández Ruiz');
    expect(problemOf(() => decryptField(retired, here, oldToken)).code).toBe('key_retired');
  });

  it('refuses to re-encrypt a token moved from another row', () => {
    const moved = { ...here, rowId: '8' };
    expect(problemOf(() => reencryptField(rotated, moved, oldToken)).code).toBe('decryption_failed');
  });
});
