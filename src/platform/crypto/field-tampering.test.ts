import { describe, expect, it } from 'vitest';
import { decryptField, encryptField } from './field-encryption.ts';
import { addKey, createKeyRing, retireKey } from './key-ring.ts';
import { problemOf } from './test-fixtures/problem-of.ts';

const ring = createKeyRing();
const here = { table: 'identities', column: 'curp', rowId: '42' };
const token = encryptField(ring, here, 'GOMJ850312MDFXXR04');
const [version, keyId, ivText, sealedText] = token.split('.') as [string, string, string, string];
const iv = Buffer.from(ivText, 'base64url');
const sealed = Buffer.from(sealedText, 'base64url');

const flipped = (bytes: Buffer, index: number) => {
  const copy = Buffer.from(bytes);
  copy[index]! ^= 0x01;
  return copy.toString('base64url');
};
const withParts = (ivPart: string, sealedPart: string) => [version, keyId, ivPart, sealedPart].join('.');
const codeOf = (candidate: string) => problemOf(() => decryptField(ring, here, candidate)).code;

const BODY_BYTES = sealed.length - 16;

describe('a tampered token fails to decrypt', () => {
  it.each(Array.from(iv.keys()))('IV byte %i flipped', (index) => {
    expect(codeOf(withParts(flipped(iv, index), sealedText))).toBe('decryption_failed');
  });

  it.each(Array.from({ length: BODY_BYTES }, (_, index) => index))('ciphertext byte %i flipped', (index) => {
    expect(codeOf(withParts(ivText, flipped(sealed, index)))).toBe('decryption_failed');
  });

  it.each(Array.from({ length: 16 }, (_, index) => BODY_BYTES + index))('tag byte %i flipped', (index) => {
    expect(codeOf(withParts(ivText, flipped(sealed, index)))).toBe('decryption_failed');
  });

  it.each([1, 8, 16, sealed.length - 16])('ciphertext cut short by %i bytes', (cut) => {
    const shorter = sealed.subarray(0, sealed.length - cut).toString('base64url');
    expect(codeOf(withParts(ivText, shorter))).toBe('decryption_failed');
  });

  it('ciphertext cut below the tag length', () => {
    expect(codeOf(withParts(ivText, sealed.subarray(0, 15).toString('base64url')))).toBe('token_malformed');
  });

  it.each([
    ['empty', ''],
    ['another version', token.replace(/^v1/, 'v2')],
    ['a missing part', token.split('.').slice(0, 3).join('.')],
    ['an extra part', `${token}.x`],
    ['a short IV', withParts(iv.subarray(0, 11).toString('base64url'), sealedText)],
    ['characters outside base64url', withParts(ivText, `${sealedText.slice(0, -1)}+`)],
    ['a non-canonical encoding', withParts(ivText, `${sealedText}=`)],
    ['a key id with a space', ['v1', 'k 1', ivText, sealedText].join('.')],
    ['a truncated string', token.slice(0, token.length - 5)],
  ])('token with %s is malformed or fails', (_, candidate) => {
    expect(['token_malformed', 'decryption_failed']).toContain(codeOf(candidate));
  });
});

describe('key ids in tokens', () => {
  it('refuses an unknown key id, naming the id only', () => {
    const problem = problemOf(() => decryptField(ring, here, token.replace('.k1.', '.k9.')));
    expect(problem).toMatchObject({ code: 'key_unknown', params: { keyId: 'k9' } });
  });

  it('refuses a token relabelled with another live key id (the key id is bound too)', () => {
    const rotated = addKey(ring);
    const relabelled = token.replace('.k1.', '.k2.');
    expect(problemOf(() => decryptField(rotated, here, relabelled)).code).toBe('decryption_failed');
  });

  it('refuses a token under a retired key', () => {
    const retired = retireKey(addKey(ring), 'k1');
    expect(problemOf(() => decryptField(retired, here, token))).toMatchObject({
      code: 'key_retired',
      params: { keyId: 'k1' },
    });
  });
});
